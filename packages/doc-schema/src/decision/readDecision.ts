/**
 * Reads `item:<id>:decision`: a list of `decisionClause` elements (SPEC rules C1–C3). The "att"
 * that starts every clause is rendered, never stored; a reader strips one that was typed anyway.
 */
import * as Y from 'yjs';
import { CLAUSE_TYPES } from '../minutesModel.ts';
import type { ClauseType, DecisionClause, DocSchemaVersion } from '../minutesModel.ts';
import { DOC_SCHEMA_VERSION } from '../layout/docLayout.ts';
import { plainText, runsFromInline } from '../blocks/textRuns.ts';
import { isIsoDate } from '../meeting/meetingHeader.ts';
import { FOLLOWED_UP } from './followUp.ts';
import { docVersion } from '../layout/docVersion.ts';
import { storedDue } from './storedDue.ts';
import { readElection } from './election.ts';

const TYPED_ATT = /^\s*att\s+/i;

export function readDecision(fragment: Y.XmlFragment): DecisionClause[] {
  const version = versionOf(fragment);
  return clauseElements(fragment).map(({ element, text }) => readClause(element, text, version));
}

/**
 * A clause as a form read it: the element that holds it and what it said then. A writer given
 * one finds the clause at write time by what it is ([W6]), wherever it has gone since.
 */
export interface ClauseRef {
  readonly element: Y.XmlElement;
  readonly clause: DecisionClause;
}

/** `readDecision` with each clause's element, for forms that write back into a clause. */
export function readClauseRefs(fragment: Y.XmlFragment): ClauseRef[] {
  const version = versionOf(fragment);
  return clauseElements(fragment).map(({ element, text }) => ({
    element,
    clause: readClause(element, text, version),
  }));
}

function versionOf(fragment: Y.XmlFragment): DocSchemaVersion {
  return fragment.doc === null ? DOC_SCHEMA_VERSION : docVersion(fragment.doc);
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

function readClause(child: Y.XmlElement, text: string, version: DocSchemaVersion): DecisionClause {
  const clause: DecisionClause = { type: clauseTypeOf(child.getAttribute('clauseType')), text };
  const target = child.getAttribute('target');
  if (typeof target === 'string' && target.length > 0) clause.target = target;
  const due = storedDue(child, version);
  if (typeof due === 'string' && isIsoDate(due) && FOLLOWED_UP.has(clause.type)) clause.due = due;
  readElection(child, clause);
  return clause;
}

export function clauseTypeOf(value: unknown): ClauseType {
  return (CLAUSE_TYPES as readonly unknown[]).includes(value) ? (value as ClauseType) : 'other';
}
