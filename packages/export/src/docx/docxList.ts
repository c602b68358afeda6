import { Paragraph, type Table, TextRun } from 'docx';
import type { LayoutBlock } from '../layout/layoutTypes.ts';
import { docxRuns } from './docxRuns.ts';
import { ORDERED_LIST } from './docxStyles.ts';

type DocxBlock = Paragraph | Table;

/** Ordered lists each get their own numbering instance, so every list starts again at 1. */
export interface DocxState {
  nextListInstance: number;
}

export type DocxBlocks = (
  state: DocxState,
  blocks: readonly LayoutBlock[],
  level?: number,
  indent?: number,
) => DocxBlock[];

/**
 * Lists as Word lists (real bullets and numbering the secretary can continue), except lists
 * with the document's own labels ("12.", "4 a)"), which keep them as typed with a hanging indent.
 */
export function docxList(
  state: DocxState,
  block: Extract<LayoutBlock, { type: 'list' }>,
  level: number,
  docxBlocks: DocxBlocks,
): DocxBlock[] {
  const instance = state.nextListInstance++;
  return block.items.flatMap((itemBlocks, index) =>
    itemBlocks.flatMap((inner, innerIndex): DocxBlock[] => {
      if (inner.type === 'list') return docxList(state, inner, level + 1, docxBlocks);
      if (inner.type !== 'paragraph' || innerIndex > 0)
        return docxBlocks(state, [inner], level + 1);
      const label = block.labels?.[index];
      if (label) {
        return [
          new Paragraph({
            children: [new TextRun({ text: `${label}\t` }), ...docxRuns(inner.runs)],
            indent: { left: 567 * (level + 1), hanging: 567 },
            spacing: { after: 60 },
          }),
        ];
      }
      return [
        new Paragraph({
          children: docxRuns(inner.runs),
          spacing: { after: 60 },
          ...(block.ordered
            ? { numbering: { reference: ORDERED_LIST, level: Math.min(level, 2), instance } }
            : { bullet: { level: Math.min(level, 2) } }),
        }),
      ];
    }),
  );
}
