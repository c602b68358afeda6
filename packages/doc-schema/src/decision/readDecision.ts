/**
 * Reads `item:<id>:decision`: a list of `decisionClause` elements (SPEC rules C1–C3). The "att"
 * that starts every clause is rendered, never stored; a reader strips one that was typed anyway.
 */
import * as Y from 'yjs';
import { CLAUSE_TYPES } from '../minutesModel.ts';
import type { ClauseType, DecisionClause } from '../minutesModel.ts';
import { plainText, runsFromInline } from '../blocks/textRuns.ts';

const TYPED_ATT = /^\s*att\s+/i;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function readDecision(fragment: Y.XmlFragment): DecisionClause[] {
  const clauses: DecisionClause[] = [];
  for (const child of fragment.toArray()) {
    if (!(child instanceof Y.XmlElement)) continue;
    if (child.nodeName !== 'decisionClause' && child.nodeName !== 'paragraph') continue;
    const text = plainText(runsFromInline(child)).replace(TYPED_ATT, '').trim();
    if (text.length === 0) continue;
    const clause: DecisionClause = { type: clauseTypeOf(child.getAttribute('clauseType')), text };
    const target = child.getAttribute('target');
    if (typeof target === 'string' && target.length > 0) clause.target = target;
    const date = child.getAttribute('date');
    if (typeof date === 'string' && ISO_DATE.test(date)) clause.date = date;
    clauses.push(clause);
  }
  return clauses;
}

function clauseTypeOf(value: unknown): ClauseType {
  return (CLAUSE_TYPES as readonly unknown[]).includes(value) ? (value as ClauseType) : 'other';
}
