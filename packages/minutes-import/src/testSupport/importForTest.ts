/** Parse, write and check in one step, as the server does; fails the test when not minutes. */
import { readMinutes } from '@anteckna/doc-schema';
import type { MinutesModel } from '@anteckna/doc-schema';
import { buildImportedDoc } from '../buildImportedDoc.ts';
import { checkImportedMinutes } from '../checkImportedMinutes.ts';
import type { ImportFinding } from '../importFinding.ts';
import type { ImportOptions } from '../importOptions.ts';
import type { LineMark } from '../lineMarks.ts';
import { parseMinutesText } from '../parseMinutesText.ts';
import type { ParsedMinutes } from '../parsedMinutes.ts';
import { COUNTY_NETWORK } from './seedText.ts';

export interface ImportedForTest {
  model: MinutesModel;
  parsed: ParsedMinutes;
  findings: ImportFinding[];
  lines: LineMark[];
}

export function importForTest(
  text: string,
  options: ImportOptions = COUNTY_NETWORK,
): ImportedForTest {
  const result = parseMinutesText(text, options);
  if (!result.ok) throw new Error(`not minutes: missing ${result.missing.join(', ')}`);
  const findings = [...result.findings];
  const doc = buildImportedDoc(result.minutes, { phase: 'circulated' }, findings);
  return {
    model: readMinutes(doc),
    parsed: result.minutes,
    findings: checkImportedMinutes(doc, findings),
    lines: result.lines,
  };
}

/** "4 a [information] Cosmic Link": an item as one line, for readable expectations. */
export function itemLine(item: MinutesModel['items'][number]): string {
  const flags = [
    item.kind,
    item.standing,
    item.status === 'active' ? null : item.status,
    item.late ? 'late' : null,
  ]
    .filter((flag) => flag !== null)
    .join(',');
  return `${item.number} [${flags}] ${item.title}`;
}

export function rulesOf(findings: readonly ImportFinding[]): string[] {
  return [...new Set(findings.map((f) => f.rule))].sort();
}
