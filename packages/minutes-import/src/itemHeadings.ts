/**
 * Where items begin: "5. Beslut: …", " 6. …", "§ 7 …" for items, "a) …" or "4 b) …" for
 * sub-items. A numbered line is an item only where the numbering goes on (the next number, or
 * a few ahead, which is reported), so numbered proposals ("1. att …") and numbers in the text
 * stay text.
 */
import type { SourceLine } from './sourceLines.ts';

const TOP = /^(?:§\s*)?(\d{1,3})\s*[.):,]?\s+(?=\S)(.+)$/u;
const SUB = /^(?:(\d{1,3})\s*\.?\s*)?([a-z])\s*[).]\s+(?=\S)(.+)$/u;
const LATE = /^(tillkommande|extra|sent anmälda|tillkommande ärenden)\b/iu;

export interface HeadingState {
  lastNumber: number | null;
  lastLetter: string | null;
}

export type Heading =
  | { kind: 'item'; number: number; text: string }
  | { kind: 'subItem'; letter: string; text: string };

const STARTS_AS_TITLE = /^[\p{Lu}\d"”“'*(]/u;

export function readHeading(line: SourceLine, state: HeadingState): Heading | null {
  const top = TOP.exec(line.text);
  if (top) {
    const number = Number(top[1]);
    const text = (top[2] ?? '').trim();
    if (STARTS_AS_TITLE.test(text) && !/^att\b/iu.test(text) && fitsNumbering(number, state))
      return { kind: 'item', number, text };
  }
  if (state.lastNumber === null) return null;
  const sub = SUB.exec(line.text);
  if (sub) {
    const number = sub[1] === undefined ? null : Number(sub[1]);
    const letter = sub[2] ?? '';
    const text = (sub[3] ?? '').trim();
    const expected =
      state.lastLetter === null ? 'a' : String.fromCharCode(state.lastLetter.charCodeAt(0) + 1);
    if (
      (number === null || number === state.lastNumber) &&
      letter === expected &&
      STARTS_AS_TITLE.test(text) &&
      !/^att\b/iu.test(text)
    )
      return { kind: 'subItem', letter, text };
  }
  return null;
}

function fitsNumbering(number: number, state: HeadingState): boolean {
  if (state.lastNumber === null) return number >= 1 && number <= 60;
  return number > state.lastNumber && number <= state.lastNumber + 3;
}

/** "TILLKOMMANDE ÄRENDEN": the items after it were added late. */
export function isLateMarker(line: SourceLine): boolean {
  return LATE.test(line.text) && line.text.split(/\s+/).length <= 4;
}

/** A line of capitals only ("ÖVRIGT"): a section heading of the source, not an item. */
export function isSectionHeading(line: SourceLine): boolean {
  return /^[\p{Lu}\s&,/-]{4,60}$/u.test(line.text) && /\p{Lu}{3}/u.test(line.text);
}
