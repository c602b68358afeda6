/**
 * Guesses a clause's type and target from its wording (SPEC rule C5), for adopting a proposal
 * as the decision and for the palette. A guess the secretary can change, never a rule.
 */
import type { ClauseType, DecisionClause } from '../minutesModel.ts';
import { isIsoDate } from '../meeting/meetingHeader.ts';
import { ELECTION_ROLES } from './election.ts';

const FORWARD_TARGET =
  /för\s+(\p{Lu}[\p{L}-]*?)s?\s+(?:ställningstagande|beslut|kännedom|behandling)/u;
const FORWARD_TO = /(?:överlämna[s]?|skickas vidare)\s+(?:\S+\s+){0,3}?till\s+(\p{Lu}[\p{L}-]*)/u;
const TASK_TARGET = /^uppdra[rs]?\s+åt\s+(.+?)\s+att\s/u;
const ELECT_TARGET = /^(?:utse|välja)\s+(.+?)\s+till\s/u;

export function inferClauseType(text: string): ClauseType {
  const clause = text.trim().toLowerCase();
  const first = clause.split(/\s+/)[0] ?? '';
  if (first === 'lägga' && clause.includes('till handlingarna')) return 'note';
  if (first === 'bordlägga') return 'table';
  if (/\bskickas vidare\b/.test(clause) || first === 'överlämna' || first === 'vidarebefordra')
    return 'forward';
  if (first === 'uppdra' || first === 'uppdrar') return 'task';
  if (first === 'utse' || first === 'välja') return 'elect';
  if (first === 'godkänna' || first === 'fastställa' || first === 'anta') return 'approve';
  return 'other';
}

export function inferClause(text: string): DecisionClause {
  const trimmed = text.trim();
  const type = inferClauseType(trimmed);
  const clause: DecisionClause = { type, text: trimmed };
  const target = inferTarget(type, trimmed);
  if (target !== undefined) clause.target = target;
  if (type === 'elect') Object.assign(clause, inferElection(trimmed));
  return clause;
}

const ISO = String.raw`(\d{4}-\d{2}-\d{2})`;
const TERM_PERIOD = new RegExp(String.raw`för perioden\s+${ISO}\s*[–-]\s*${ISO}`, 'u');
const TERM_FROM = new RegExp(String.raw`från och med\s+${ISO}`, 'u');
const TERM_TO = new RegExp(String.raw`till och med\s+${ISO}`, 'u');
const TERM_YEAR = /\b(?:för|under|år)?\s*((?:19|20)\d{2})$/u;
const ROLE_AFTER = /\still\s+(?!och med)(.+)$/u;
const ROLE_END = /\s(?:för|i|under|från|till|fr\.o\.m\.|t\.o\.m\.)\s|,|\s(?:19|20)\d{2}\b/u;

/**
 * The role and term of an election as the minutes word them (SPEC rule V5): "… till vice
 * ordförande för perioden 2027-01-01 – 2028-12-31", "… från och med 2027-01-01", or a year at
 * the end ("… till ordförande 2025", "… för 2027") for that calendar year. A guess the secretary
 * can change.
 */
function inferElection(text: string): Pick<DecisionClause, 'role' | 'termFrom' | 'termTo'> {
  const found: Pick<DecisionClause, 'role' | 'termFrom' | 'termTo'> = {};
  const role = inferRole(text);
  if (role !== undefined) found.role = role;
  const period = TERM_PERIOD.exec(text);
  const from = period?.[1] ?? TERM_FROM.exec(text)?.[1];
  const to = period?.[2] ?? TERM_TO.exec(text)?.[1];
  const year = from === undefined && to === undefined ? TERM_YEAR.exec(text)?.[1] : undefined;
  const termFrom = year !== undefined ? `${year}-01-01` : from;
  const termTo = year !== undefined ? `${year}-12-31` : to;
  if (termFrom !== undefined && isIsoDate(termFrom)) found.termFrom = termFrom;
  if (termTo !== undefined && isIsoDate(termTo) && !(found.termFrom && termTo < found.termFrom))
    found.termTo = termTo;
  return found;
}

function inferRole(text: string): string | undefined {
  const after = ROLE_AFTER.exec(text)?.[1];
  if (after === undefined) return undefined;
  const lower = after.toLowerCase();
  const known = [...ELECTION_ROLES]
    .sort((a, b) => b.length - a.length)
    .find((role) => lower === role || lower.startsWith(`${role} `) || lower.startsWith(`${role},`));
  if (known !== undefined) return known;
  const end = ROLE_END.exec(after);
  const role = (end ? after.slice(0, end.index) : after).trim();
  return role.length > 0 && role.split(/\s+/).length <= 3 ? role : undefined;
}

function inferTarget(type: ClauseType, text: string): string | undefined {
  if (type === 'forward') return (FORWARD_TARGET.exec(text) ?? FORWARD_TO.exec(text))?.[1];
  if (type === 'task') return TASK_TARGET.exec(text)?.[1];
  if (type === 'elect') return ELECT_TARGET.exec(text)?.[1];
  return undefined;
}
