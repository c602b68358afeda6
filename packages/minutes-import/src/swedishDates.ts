/**
 * Dates as Swedish minutes write them: "2024-12-20", "19 december 2024", "19 februari" (year
 * left out), "6/3 2020", and the six-digit "241107" the minutes use to name earlier meetings.
 */

/** The first three letters of each month, in order: enough to tell them apart. */
const MONTH_PREFIXES = 'jan feb mar apr maj jun jul aug sep okt nov dec'.split(' ');
const MONTH_PATTERN =
  '(jan(?:uari)?|feb(?:ruari)?|mars?|apr(?:il)?|maj|juni?|juli?|aug(?:usti)?|sep(?:t(?:ember)?)?|okt(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const ISO = /\b(\d{4})-(\d{1,2})-(\d{1,2})\b/;
const WRITTEN = new RegExp(`\\b(\\d{1,2})\\s*${MONTH_PATTERN}(?:\\s+(\\d{4}))?\\b`, 'iu');
const NUMERIC = /\b(\d{1,2})\/(\d{1,2})(?:\s*[-/ ]\s*(\d{4}))?\b/;
const SIX_DIGITS = /(?<![\d/-])(\d{2})(\d{2})(\d{2})(?![\d/-])/;

export interface FoundDate {
  /** ISO date; the year is 0000 when the text did not say it. */
  iso: string;
  yearKnown: boolean;
  /** The text that held the date. */
  text: string;
}

export function iso(year: number, month: number, day: number): string | null {
  const value = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const check = new Date(`${year === 0 ? '2000' : value.slice(0, 4)}${value.slice(4)}T00:00:00Z`);
  if (
    Number.isNaN(check.getTime()) ||
    check.getUTCDate() !== day ||
    check.getUTCMonth() + 1 !== month
  )
    return null;
  return value;
}

function monthNumber(name: string): number {
  const lower = name.toLocaleLowerCase('sv').replace('.', '');
  return MONTH_PREFIXES.indexOf(lower.slice(0, 3)) + 1;
}

/** The first date written in the text, in any of the forms above except the six-digit one. */
export function findDate(text: string): FoundDate | null {
  const isoMatch = ISO.exec(text);
  if (isoMatch) {
    const value = iso(Number(isoMatch[1]), Number(isoMatch[2]), Number(isoMatch[3]));
    if (value) return { iso: value, yearKnown: true, text: isoMatch[0] };
  }
  const written = WRITTEN.exec(text);
  if (written) {
    const year = written[3] === undefined ? 0 : Number(written[3]);
    const value = iso(year, monthNumber(written[2] ?? ''), Number(written[1]));
    if (value) return { iso: value, yearKnown: year !== 0, text: written[0] };
  }
  const numeric = NUMERIC.exec(text);
  if (numeric) {
    const year = numeric[3] === undefined ? 0 : Number(numeric[3]);
    const value = iso(year, Number(numeric[2]), Number(numeric[1]));
    if (value) return { iso: value, yearKnown: year !== 0, text: numeric[0] };
  }
  return null;
}

/** "241107" → 2024-11-07: how minutes name an earlier meeting. */
export function findSixDigitDate(text: string): FoundDate | null {
  const match = SIX_DIGITS.exec(text);
  if (!match) return null;
  const value = iso(2000 + Number(match[1]), Number(match[2]), Number(match[3]));
  return value ? { iso: value, yearKnown: true, text: match[0] } : null;
}

/** Every six-digit date in the text: the meetings the text refers back to. */
export function sixDigitDates(text: string): string[] {
  const found: string[] = [];
  for (const match of text.matchAll(new RegExp(SIX_DIGITS.source, 'g'))) {
    const value = iso(2000 + Number(match[1]), Number(match[2]), Number(match[3]));
    if (value) found.push(value);
  }
  return found;
}

/** The same month and day in `year`. */
export function withYear(value: string, year: number): string {
  return `${String(year).padStart(4, '0')}${value.slice(4)}`;
}
