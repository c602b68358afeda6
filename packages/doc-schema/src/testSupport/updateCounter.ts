/** Counts the updates a document emits: one writer call must be one update (SPEC rule W3). */
import * as Y from 'yjs';

export function countUpdates(doc: Y.Doc): { readonly count: number } {
  const counter = { count: 0 };
  doc.on('update', () => {
    counter.count += 1;
  });
  return counter;
}

/** The document's encoded state, to show that a refused write changed nothing (rule W5). */
export function stateOf(doc: Y.Doc): string {
  return Buffer.from(Y.encodeStateAsUpdate(doc)).toString('base64');
}
