import type { TextRun as ModelRun } from '@anteckna/doc-schema';
import { TextRun } from 'docx';

export function docxRuns(runs: readonly ModelRun[], color?: string): TextRun[] {
  return runs.map(
    (run) =>
      new TextRun({
        text: run.text,
        bold: run.bold,
        italics: run.italic,
        strike: run.strike,
        color,
      }),
  );
}
