import * as Y from 'yjs';

/**
 * The names of the root types a transaction changed. A refusal closes the connection without
 * saying which field was refused, so the app keeps this record itself to know what to rescue.
 */
export function touchedRoots(transaction: Y.Transaction): Set<string> {
  const doc = transaction.doc;
  const names = new Set<string>();
  const types = [...transaction.changed.keys(), ...transaction.changedParentTypes.keys()];
  for (const type of types) {
    const name = rootNameOfType(doc, type);
    if (name !== null) names.add(name);
  }
  return names;
}

function rootNameOfType(doc: Y.Doc, type: { _item: Y.Item | null }): string | null {
  let current: { _item: Y.Item | null } = type;
  while (current._item !== null) {
    const parent = current._item.parent;
    // A parent that is not a type is an ID not yet resolved: not ours to judge.
    if (!(parent instanceof Y.AbstractType)) return null;
    current = parent;
  }
  for (const [name, root] of doc.share) {
    if (root === current) return name;
  }
  return null;
}
