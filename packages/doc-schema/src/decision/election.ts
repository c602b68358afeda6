/**
 * Elections with a term (SPEC rules V1–V3): an `elect` clause ("att välja Anna Berg till
 * ordförande för perioden 2027-01-01 – 2028-12-31") names who (`target`, and `personId` when a
 * person of the body), the role, and the term. They feed the body's register of roles.
 */
import type * as Y from 'yjs';
import type { DecisionClause } from '../minutesModel.ts';
import { DocSchemaError } from '../layout/docSchemaError.ts';
import { isIsoDate } from '../meeting/meetingHeader.ts';

/** The roles a body elects most often, offered first; any other role is free text (rule V1). */
export const ELECTION_ROLES = ['ordförande', 'vice ordförande', 'sekreterare', 'adjungerad'];

/** The attributes only an election carries, in the order they are stored. */
export const ELECTION_KEYS = ['personId', 'role', 'termFrom', 'termTo'] as const;
export type ElectionKey = (typeof ELECTION_KEYS)[number];

/** Who, which role and which term: the part of an `elect` clause beyond its text. */
export interface Election {
  /** The elected person's name: a person of the body, or someone outside it. */
  target?: string;
  personId?: string;
  role?: string;
  termFrom?: string;
  termTo?: string;
}

const MAX_ROLE = 100;
const PERSON_ID = /^[\w-]{1,128}$/;

/** Validates the election attributes of clause `index` (rule V1–V2); throws `DocSchemaError`. */
export function validateElection(clause: DecisionClause, index: number): void {
  const params = { index };
  const present = ELECTION_KEYS.filter((key) => clause[key] !== undefined);
  if (present.length === 0) return;
  if (clause.type !== 'elect') {
    throw new DocSchemaError(
      'invalid_clause',
      `Clause ${index}: only an election has a role and a term`,
      params,
    );
  }
  if (
    clause.role !== undefined &&
    (typeof clause.role !== 'string' ||
      clause.role.trim().length === 0 ||
      clause.role.length > MAX_ROLE)
  ) {
    throw new DocSchemaError('invalid_clause', `Clause ${index}: the role must be text`, params);
  }
  if (
    clause.personId !== undefined &&
    (typeof clause.personId !== 'string' || !PERSON_ID.test(clause.personId))
  ) {
    throw new DocSchemaError('invalid_clause', `Clause ${index}: not a person id`, params);
  }
  for (const key of ['termFrom', 'termTo'] as const) {
    const value = clause[key];
    if (value !== undefined && (typeof value !== 'string' || !isIsoDate(value))) {
      throw new DocSchemaError('invalid_clause', `Clause ${index}: ${key} must be a date`, params);
    }
  }
  if (clause.termFrom !== undefined && clause.termTo !== undefined) {
    if (clause.termTo < clause.termFrom) {
      throw new DocSchemaError(
        'election_term_reversed',
        `Clause ${index}: the term ends (${clause.termTo}) before it starts (${clause.termFrom})`,
        { index, termFrom: clause.termFrom, termTo: clause.termTo },
      );
    }
  }
}

/**
 * The election attributes of a stored clause (rule V3): only on an `elect` clause, only valid
 * values; a term whose end falls before its start (concurrent edits of the two dates) reads
 * without its end.
 */
export function readElection(element: Y.XmlElement, clause: DecisionClause): void {
  if (clause.type !== 'elect') return;
  const text = (key: ElectionKey) => {
    const value = element.getAttribute(key);
    return typeof value === 'string' && value.trim().length > 0 ? value : undefined;
  };
  const personId = text('personId');
  if (personId !== undefined && PERSON_ID.test(personId)) clause.personId = personId;
  const role = text('role');
  if (role !== undefined && role.length <= MAX_ROLE) clause.role = role;
  const from = text('termFrom');
  if (from !== undefined && isIsoDate(from)) clause.termFrom = from;
  const to = text('termTo');
  if (to !== undefined && isIsoDate(to) && !(from !== undefined && to < from)) clause.termTo = to;
}

/**
 * The term in the minutes' words (rule V4): "för perioden 2027-01-01 – 2028-12-31", "från och
 * med 2027-01-01", "till och med 2028-12-31"; "" without a term.
 */
export function electionTermText(clause: Pick<DecisionClause, 'termFrom' | 'termTo'>): string {
  const { termFrom, termTo } = clause;
  if (termFrom && termTo) return `för perioden ${termFrom} – ${termTo}`;
  if (termFrom) return `från och med ${termFrom}`;
  if (termTo) return `till och med ${termTo}`;
  return '';
}

/**
 * The clause's text with its term (rule V4), unless the text already names it: "välja Anna Berg
 * till ordförande för perioden 2027-01-01 – 2028-12-31". Other clauses are returned as they are.
 */
export function withElectionTerm(clause: DecisionClause, text = clause.text): string {
  if (clause.type !== 'elect') return text;
  const term = electionTermText(clause);
  const named = [clause.termFrom, clause.termTo].some((date) => date && text.includes(date));
  if (!term || named) return text;
  return `${text.replace(/[.\s]+$/, '')} ${term}`;
}
