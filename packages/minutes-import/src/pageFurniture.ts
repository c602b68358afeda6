/**
 * Page headers and footers repeated inside the text: the page number ("Sida 2 (5)", "2 (5)",
 * "- 2 -"), the title word ("Minnesanteckningar"), the page header's date and registry number,
 * and the organisation and body lines of the first page met again. They are dropped from the
 * text and reported, so a paragraph they cut can be joined again.
 */
import { squash } from './sourceLines.ts';
import type { SourceLine } from './sourceLines.ts';

const PAGE_NUMBER =
  /^(?:sida|sid|page|s\.)\s*\d{1,3}(?:\s*(?:\(\s*\d{1,3}\s*\)|av\s+\d{1,3}|of\s+\d{1,3}|\/\s*\d{1,3}))?$|^\d{1,3}\s*\(\s*\d{1,3}\s*\)$|^[-–]\s*\d{1,3}\s*[-–]$|^\d{1,3}\s*\/\s*\d{1,3}$|^\d{1,3}$/iu;
const HEADER_LABEL = /^(?:datum|dnr|diarienummer|diarienr)\s*:/iu;
const TITLE_WORD = /^(?:minnesanteckningar|mötesanteckningar|protokoll)\b/iu;

export type FurnitureKind = 'pageNumber' | 'date' | 'registry' | 'title' | 'repeated';

export function furnitureKind(
  line: SourceLine,
  repeated: ReadonlySet<string>,
): FurnitureKind | null {
  const text = line.text;
  if (text.length === 0) return null;
  if (PAGE_NUMBER.test(text)) return 'pageNumber';
  if (/^datum\s*:/iu.test(text)) return 'date';
  if (HEADER_LABEL.test(text)) return 'registry';
  if (TITLE_WORD.test(text) && text.split(/\s+/).length <= 5) return 'title';
  if (repeated.has(squash(withoutPageNumber(text)))) return 'repeated';
  return null;
}

/** "Region Dalarna  Sida 2 (5)": a header line with the page number run onto it by extraction. */
export function withoutPageNumber(text: string): string {
  return text
    .replace(
      /\s+(?:sida|sid\.?|page|s\.)\s*\d{1,3}(?:\s*(?:\(\s*\d{1,3}\s*\)|av\s+\d{1,3}|\/\s*\d{1,3}))?$/iu,
      '',
    )
    .replace(/\s+\d{1,3}\s*\(\s*\d{1,3}\s*\)$/u, '')
    .trim();
}

export function repeatedSet(lines: readonly string[]): Set<string> {
  return new Set(
    lines.map((line) => squash(withoutPageNumber(line))).filter((line) => line.length >= 6),
  );
}
