import type * as Y from 'yjs';
import { DocSchemaError } from '../layout/docSchemaError.ts';
import { itemFragment } from '../layout/docLayout.ts';
import { readClauseRefs, type ClauseRef } from './readDecision.ts';

/**
 * A clause as a register recorded it (rebuilt from the document a moment after each edit): its
 * place then and its type and words. No element: the register lives outside the document.
 */
export interface RecordedClause {
  readonly position: number;
  readonly clause: ClauseWords;
}

/** A clause's type and words: a register keeps the type as the string the document held. */
interface ClauseWords {
  readonly type: string;
  readonly text: string;
}

/**
 * Which clause a writer changes: its place in the decision as the document holds it now, the
 * clause a form rendered, or the clause a register recorded (SPEC rule [W6]).
 */
export type ClauseAt = number | ClauseRef | RecordedClause;

/**
 * The clause as the document holds it at write time. A rendered clause is found by its element,
 * wherever clauses inserted, removed or moved since have put it; when the element is gone because
 * the editor moved the clause (a paragraph moves as a new element with the same words), by its
 * type and words if exactly one clause has them. A recorded clause is found by its type and
 * words: at its recorded place if the clause there has them, else where the only clause with
 * them is now. Else it is gone and `unknown_clause` is thrown: a change is never written into a
 * clause it was not made for.
 */
export function locateClause(fragment: Y.XmlFragment, itemId: string, at: ClauseAt): ClauseRef {
  const now = readClauseRefs(fragment);
  const found =
    typeof at === 'number'
      ? now[at]
      : 'element' in at
        ? findRendered(now, at)
        : findRecorded(now, at);
  if (!found)
    throw new DocSchemaError('unknown_clause', `No such clause in item ${itemId}`, {
      itemId,
      ...(typeof at === 'number' ? { position: at } : { text: at.clause.text }),
    });
  return found;
}

function findRendered(now: readonly ClauseRef[], rendered: ClauseRef): ClauseRef | undefined {
  return now.find(({ element }) => element === rendered.element) ?? onlyAlike(now, rendered);
}

function findRecorded(now: readonly ClauseRef[], recorded: RecordedClause): ClauseRef | undefined {
  return now[
    recordedClauseIndex(
      now.map(({ clause }) => clause),
      recorded,
    )
  ];
}

/**
 * Where a recorded clause is in a decision's clauses now, as `locateClause` finds it; -1 when it
 * is gone. For what is kept outside the document by a clause's place (SPEC rule [W6]).
 */
export function recordedClauseIndex(now: readonly ClauseWords[], recorded: RecordedClause): number {
  const there = now[recorded.position];
  if (there && isAlike({ clause: there }, recorded)) return recorded.position;
  const alike = now.flatMap((clause, index) => (isAlike({ clause }, recorded) ? [index] : []));
  return alike.length === 1 ? alike[0]! : -1;
}

type Words = Pick<ClauseRef | RecordedClause, 'clause'>;

function isAlike({ clause }: Words, { clause: other }: Words): boolean {
  return clause.type === other.type && clause.text === other.text;
}

/** The one clause with these type and words; none when two have them (it cannot be told which). */
function onlyAlike(now: readonly ClauseRef[], wanted: Words): ClauseRef | undefined {
  const alike = now.filter((ref) => isAlike(ref, wanted));
  return alike.length === 1 ? alike[0] : undefined;
}

/**
 * Where clause `at` of an item's decision is now (its place in `readDecision`), found as
 * `locateClause` finds it: for what is kept beside the minutes by a clause's place (a task
 * marked done, SPEC rule U3).
 */
export function clausePosition(doc: Y.Doc, itemId: string, at: ClauseAt): number {
  const fragment = itemFragment(doc, itemId, 'decision');
  const { element } = locateClause(fragment, itemId, at);
  return readClauseRefs(fragment).findIndex((ref) => ref.element === element);
}
