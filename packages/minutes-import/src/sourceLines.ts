/**
 * The source as numbered lines: what every later step reads, and what every finding points at.
 * Extraction leaves marks that are not text (Markdown emphasis from converters, non-breaking
 * spaces, form feeds between pages); they are removed here so the rules see the words only.
 */

export interface SourceLine {
  /** 1-based line number in the source text. */
  n: number;
  /** The line as it came, without the line break. */
  raw: string;
  /** Trimmed, emphasis marks and link syntax removed, spaces collapsed. */
  text: string;
  /** The tab-separated cells of the line, trimmed (one cell when there is no tab). */
  cells: string[];
}

const EMPHASIS = /\*{1,3}|(?<=^|\s)_{1,2}|_{1,2}(?=\s|$)/g;
const MARKDOWN_LINK = /\[([^\]]*)\]\([^)]*\)/g;

export function cleanText(value: string): string {
  return value
    .replace(MARKDOWN_LINK, '$1')
    .replace(EMPHASIS, '')
    .replace(/[\u00a0\u2007\u202f]/g, ' ')
    .replace(/[\u200b\u00ad\ufeff]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function sourceLines(text: string): SourceLine[] {
  return text
    .replace(/\f/g, '\n')
    .split(/\r\n|\r|\n/)
    .map((raw, index) => ({
      n: index + 1,
      raw,
      text: cleanText(raw),
      cells: raw.split('\t').map(cleanText),
    }));
}

export function isBlank(line: SourceLine): boolean {
  return line.text.length === 0;
}

/** Words of a line, as people count them. */
export function words(text: string): string[] {
  return text.split(/\s+/).filter((word) => word.length > 0);
}

/** Lowercase, spaces and hyphens removed: how two spellings of one name are compared. */
export function squash(text: string): string {
  return text
    .toLocaleLowerCase('sv')
    .replace(/[\s\-–.,:;()/]+/g, '')
    .normalize('NFC');
}
