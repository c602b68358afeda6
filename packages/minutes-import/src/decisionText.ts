/**
 * The decision block in every form minutes use: "<Organ> beslutade:" with clauses below,
 * "<Organ> beslutade att …" on one line, "Beslut:" / "Beslut" / "beslut", then clauses that
 * each begin "att". Proposals written beforehand ("<X> föreslår", "Förslag till beslut",
 * "<Organ> beslutar") are told apart from decisions taken.
 */
import { inferClause } from '@anteckna/doc-schema';
import type { DecisionClause } from '@anteckna/doc-schema';
import { distance } from 'fastest-levenshtein';
import { squash } from './sourceLines.ts';
import { findDate, findSixDigitDate, withYear } from './swedishDates.ts';

const PAST = '(?:beslutade|beslöt|beslutades)';
const SUBJECT = "([\\p{L}][\\p{L}\\-’']*(?:\\s+[\\p{L}][\\p{L}\\-’']*){0,4})";
const UPPER_SUBJECT = "(\\p{Lu}[\\p{L}\\-’']*(?:\\s+[\\p{L}][\\p{L}\\-’']*){0,4})";
const WITH_SUBJECT_COLON = new RegExp(`^${SUBJECT}\\s+${PAST}\\s*:\\s*(.*)$`, 'u');
const WITH_SUBJECT_INLINE = new RegExp(`^${UPPER_SUBJECT}\\s+${PAST}\\s+(att\\b.*)$`, 'u');
const WITH_SUBJECT_ALONE = new RegExp(`^${UPPER_SUBJECT}\\s+${PAST}\\s*$`, 'u');
const BARE = /^(?:beslut|beslutade|beslöt|beslutet)\s*:?\s*(att\b.*)?$/iu;
const BARE_COLON = /^(?:beslut|beslutade|beslöt)\s*:\s*(.+)$/iu;
const PROPOSAL_HEADING =
  /^(?:förslag till beslut|beslutsförslag|förslag)\s*(?::\s*(.*))?$|^förslag till beslut\b/iu;
const PROPOSES = new RegExp(
  `^${UPPER_SUBJECT}\\s+(?:föreslår|föreslås)\\s*(?::.*|att\\b.*|\\d+\\..*)?$`,
  'u',
);
const DECIDES_PRESENT = new RegExp(`^${UPPER_SUBJECT}\\s+beslutar\\s*(?::.*|att\\b.*)?$`, 'u');
const CLAUSE = /^(?:\d{1,2}\s*[.)]\s*|[-–•]\s*)?att\b\s*(.*)$/iu;
const WITHDRAWN = /^(?:ärendet|punkten|frågan)\s+(?:utgår|utgick|har utgått|stryks|ströks)\b/iu;
const ADDENDUM = /\bmed\s+(?:tillägget|tillägg|ändringen|justeringen)\s+(?:att\s+)?(.+)$/iu;

export interface DecisionHeading {
  /** Text after the heading on the same line ("att öppna mötet."), or ''. */
  rest: string;
  subject: string;
}

/**
 * A decision heading, or null. A subject other than the body (e.g. "Styrgruppen beslutade att")
 * counts only with a colon: without it the line is the minutes telling what someone else did.
 */
export function decisionHeading(
  text: string,
  bodyNames: readonly string[],
): DecisionHeading | null {
  const colon = WITH_SUBJECT_COLON.exec(text);
  if (colon) return { subject: colon[1] ?? '', rest: colon[2] ?? '' };
  const inline = WITH_SUBJECT_INLINE.exec(text);
  if (inline && isBody(inline[1] ?? '', bodyNames))
    return { subject: inline[1] ?? '', rest: inline[2] ?? '' };
  const alone = WITH_SUBJECT_ALONE.exec(text);
  if (alone && isBody(alone[1] ?? '', bodyNames)) return { subject: alone[1] ?? '', rest: '' };
  const bare = BARE.exec(text);
  if (bare) return { subject: '', rest: bare[1] ?? '' };
  const bareColon = BARE_COLON.exec(text);
  if (bareColon) return { subject: '', rest: bareColon[1] ?? '' };
  return null;
}

/** The body, under any of its names, spelt a little differently ("Länschefs nätverket"). */
export function isBody(subject: string, bodyNames: readonly string[]): boolean {
  const wanted = squash(subject).replace(/s$/u, '');
  return bodyNames.some((name) => {
    const target = squash(name).replace(/s$/u, '');
    if (target.length === 0) return false;
    return (
      wanted === target || distance(wanted, target) <= Math.max(1, Math.floor(target.length / 6))
    );
  });
}

/** "Styrgruppen föreslår", "Förslag till beslut", "Organ beslutar": the start of a proposal. */
export function proposalHeading(text: string): boolean {
  return PROPOSAL_HEADING.test(text) || PROPOSES.test(text) || DECIDES_PRESENT.test(text);
}

/** The clause text after "att" (and a "1." before it), or null when the line is no clause. */
export function clauseStart(text: string): string | null {
  const match = CLAUSE.exec(text);
  return match ? (match[1] ?? '') : null;
}

export function isWithdrawn(text: string): boolean {
  return WITHDRAWN.test(text);
}

/** A clause as stored: trailing "och", "samt", "." and "," removed, type and target guessed. */
export function finishClause(text: string, meetingDate?: string): DecisionClause | null {
  const clean = text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/(?:[\s,;]+(?:och|samt))+$/iu, '')
    .replace(/[\s.,;]+$/u, '')
    .replace(/^att\s+/iu, '')
    .trim();
  if (clean.length === 0) return null;
  const clause = inferClause(clean);
  // "utse Anna Berg, socialchef i X kommun, till ordförande": who is the name before the comma.
  if ((clause.type === 'elect' || clause.type === 'task') && clause.target?.includes(','))
    clause.target = clause.target.split(',')[0]?.trim() ?? clause.target;
  if (clause.type === 'forward' || clause.type === 'task') {
    // A forward's report-back date, a task's deadline ("senast …"): the clause's one follow-up
    // date, `due` (SPEC rule U2). A date before the meeting is one the text looks back to.
    const date = findDate(clean) ?? findSixDigitDate(clean);
    const known = meetingDate !== undefined && meetingDate.length === 10;
    if (date?.yearKnown) {
      if (!known || date.iso >= meetingDate) clause.due = date.iso;
    } else if (date && known) {
      // "den 25 mars": the next such day after the meeting.
      const year = Number(meetingDate.slice(0, 4));
      const sameYear = withYear(date.iso, year);
      clause.due = sameYear >= meetingDate ? sameYear : withYear(date.iso, year + 1);
    }
  }
  return clause;
}

/** "godkänna minnesanteckningarna med tillägget att X" → "X". */
export function addendumOf(clause: string): string | null {
  const match = ADDENDUM.exec(clause);
  return match ? (match[1] ?? '').trim() : null;
}
