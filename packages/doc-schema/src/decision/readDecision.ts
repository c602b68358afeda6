/**
 * Reads `item:<id>:decision`: a list of `decisionClause` elements (SPEC rules C1–C3). The "att"
 * that starts every clause is rendered, never stored; a reader strips one that was typed anyway.
 */
import * as Y from 'yjs';
import { CLAUSE_TYPES } from '../minutesModel.ts';
import type { ClauseType, DecisionClause } from '../minutesModel.ts';
import { plainText, runsFromInline } from '../blocks/textRuns.ts';
import { isIsoDate } from '../meeting/meetingHeader.ts';
import { FOLLOWED_UP } from './followUp.ts';
import { readElection } from './election.ts';

const TYPED_ATT = /^\s*att\s+/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function readDecision(fragment: Y.XmlFragment): DecisionClause[] {
  return clauseElements(fragment).map(({ element, text }) => readClause(element, text));
}

/**
 * The elements that read as clauses, in order, with their text: position N of `readDecision` is
 * element N here, so a writer can change one clause in place.
 */
export function clauseElements(
  fragment: Y.XmlFragment,
): Array<{ element: Y.XmlElement; text: string }> {
  const found: Array<{ element: Y.XmlElement; text: string }> = [];
  for (const child of fragment.toArray()) {
    if (!(child instanceof Y.XmlElement)) continue;
    if (child.nodeName !== 'decisionClause' && child.nodeName !== 'paragraph') continue;
    const text = plainText(runsFromInline(child)).replace(TYPED_ATT, '').trim();
    if (text.length > 0) found.push({ element: child, text });
  }
  return found;
}

function readClause(child: Y.XmlElement, text: string): DecisionClause {
  {
    const clause: DecisionClause = { type: clauseTypeOf(child.getAttribute('clauseType')), text };
    const target = child.getAttribute('target');
    if (typeof target === 'string' && target.length > 0) clause.target = target;
    const due = child.getAttribute('due');
    if (typeof due === 'string' && isIsoDate(due) && FOLLOWED_UP.has(clause.type)) clause.due = due;
    const date = child.getAttribute('date');
    if (typeof date === 'string' && ISO_DATE.test(date)) clause.date = date;
    readElection(child, clause);
    return clause;
  }
}

function clauseTypeOf(value: unknown): ClauseType {
  return (CLAUSE_TYPES as readonly unknown[]).includes(value) ? (value as ClauseType) : 'other';
}
