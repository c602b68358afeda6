import type * as Y from 'yjs';
import { DocSchemaError } from '../layout/docSchemaError.ts';
import { readClauseRefs, type ClauseRef } from './readDecision.ts';

/**
 * Which clause a writer changes: its place in the decision as the document holds it now (a
 * register's row, rebuilt from the document), or the clause a form rendered (SPEC rule [W6]).
 */
export type ClauseAt = number | ClauseRef;

/**
 * The clause as the document holds it at write time. A rendered clause is found by its element,
 * wherever clauses inserted, removed or moved since have put it; when the element is gone because
 * the editor moved the clause (a paragraph moves as a new element with the same words), by its
 * type and words if exactly one clause has them. Else it is gone and `unknown_clause` is thrown:
 * a change is never written into a clause it was not made for.
 */
export function locateClause(fragment: Y.XmlFragment, itemId: string, at: ClauseAt): ClauseRef {
  const now = readClauseRefs(fragment);
  const found = typeof at === 'number' ? now[at] : findRendered(now, at);
  if (!found)
    throw new DocSchemaError('unknown_clause', `No such clause in item ${itemId}`, {
      itemId,
      ...(typeof at === 'number' ? { position: at } : { text: at.clause.text }),
    });
  return found;
}

function findRendered(now: readonly ClauseRef[], rendered: ClauseRef): ClauseRef | undefined {
  const same = now.find(({ element }) => element === rendered.element);
  if (same) return same;
  const alike = now.filter(
    ({ clause }) => clause.type === rendered.clause.type && clause.text === rendered.clause.text,
  );
  return alike.length === 1 ? alike[0] : undefined;
}
