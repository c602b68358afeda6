/**
 * Guesses a clause's type and target from its wording (SPEC rule C5), for adopting a proposal
 * as the decision and for the palette. A guess the secretary can change, never a rule.
 */
import type { ClauseType, DecisionClause } from '../minutesModel.ts';

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
  return clause;
}

function inferTarget(type: ClauseType, text: string): string | undefined {
  if (type === 'forward') return (FORWARD_TARGET.exec(text) ?? FORWARD_TO.exec(text))?.[1];
  if (type === 'task') return TASK_TARGET.exec(text)?.[1];
  if (type === 'elect') return ELECT_TARGET.exec(text)?.[1];
  return undefined;
}
