/**
 * Writes the clauses of `item:<id>:decision` as `decisionClause` elements, exactly as the
 * decision editor stores them (SPEC rules C1–C4).
 */
import * as Y from 'yjs';
import { CLAUSE_TYPES } from '../minutesModel.ts';
import type { DecisionClause } from '../minutesModel.ts';
import { DocSchemaError } from '../layout/docSchemaError.ts';
import { itemFieldOf } from '../layout/docLayout.ts';
import { readAgendaRecords } from '../agenda/agendaRecord.ts';
import { inlineChildren } from '../blocks/textRuns.ts';
import { setAttribute } from '../blocks/writeBlocks.ts';
import { isIsoDate } from '../meeting/meetingHeader.ts';
import { checkDueAfterMeeting, FOLLOWED_UP } from './followUp.ts';
import { ELECTION_KEYS, validateElection } from './election.ts';

const STARTS_WITH_ATT = /^att(\s|$)/i;

export function writeDecisionClauses(
  fragment: Y.XmlFragment,
  clauses: readonly DecisionClause[],
): void {
  const doc = fragment.doc;
  if (doc === null)
    throw new DocSchemaError('detached_fragment', 'The fragment is not in a document');
  const field = itemFieldOf(fragment);
  if (field !== null && field.field !== 'decision') {
    throw new DocSchemaError('wrong_field', 'Only decision fields hold clauses', {
      itemId: field.itemId,
    });
  }
  validateClauses(clauses);
  checkDueAfterMeeting(doc, clauses);
  if (field !== null && clauses.length > 0) {
    const item = readAgendaRecords(doc).find((record) => record.id === field.itemId);
    if (item?.status === 'withdrawn') throw withdrawnItemError(field.itemId);
  }
  doc.transact(() => replaceClauses(fragment, clauses));
}

export function withdrawnItemError(itemId: string): DocSchemaError {
  return new DocSchemaError(
    'clause_on_withdrawn_item',
    'A withdrawn item ("Ärendet utgår") has no decision',
    {
      itemId,
    },
  );
}

/** Replaces the content without validating: for writers that validated everything first. */
export function replaceClauses(fragment: Y.XmlFragment, clauses: readonly DecisionClause[]): void {
  fragment.delete(0, fragment.length);
  if (clauses.length > 0) fragment.insert(0, clauses.map(clauseElement));
}

export function validateClauses(clauses: readonly DecisionClause[]): void {
  if (!Array.isArray(clauses))
    throw new DocSchemaError('invalid_clause', 'Clauses must be an array');
  clauses.forEach(validateClause);
}

export function clauseElement(clause: DecisionClause): Y.XmlElement {
  const element = new Y.XmlElement('decisionClause');
  setAttribute(element, 'clauseType', clause.type);
  if (clause.target !== undefined && clause.target.length > 0)
    setAttribute(element, 'target', clause.target);
  if (clause.due !== undefined) setAttribute(element, 'due', clause.due);
  for (const key of ELECTION_KEYS) {
    const value = clause[key];
    if (value !== undefined) setAttribute(element, key, value);
  }
  const children = inlineChildren([{ text: clause.text.trim() }]);
  if (children.length > 0) element.insert(0, children);
  return element;
}

function validateClause(clause: DecisionClause, index: number): void {
  const params = { index };
  if (typeof clause !== 'object' || clause === null) {
    throw new DocSchemaError('invalid_clause', `Clause ${index}: not a clause`, params);
  }
  if (!(CLAUSE_TYPES as readonly unknown[]).includes(clause.type)) {
    throw new DocSchemaError('invalid_clause', `Clause ${index}: unknown type`, params);
  }
  if (typeof clause.text !== 'string' || clause.text.trim().length === 0) {
    throw new DocSchemaError('invalid_clause', `Clause ${index}: empty text`, params);
  }
  if (clause.target !== undefined && typeof clause.target !== 'string') {
    throw new DocSchemaError('invalid_clause', `Clause ${index}: target must be text`, params);
  }
  if (clause.due !== undefined) {
    if (!FOLLOWED_UP.has(clause.type)) {
      throw new DocSchemaError(
        'invalid_clause',
        `Clause ${index}: only a task or a forward has a date`,
        params,
      );
    }
    if (typeof clause.due !== 'string' || !isIsoDate(clause.due)) {
      throw new DocSchemaError('invalid_clause', `Clause ${index}: due must be a date`, params);
    }
  }
  validateElection(clause, index);
  if (STARTS_WITH_ATT.test(clause.text.trim())) {
    throw new DocSchemaError(
      'clause_starts_with_att',
      `Clause ${index}: the "att" is rendered, not stored`,
      params,
    );
  }
}
