import * as Y from 'yjs';

type AnyType = Y.Doc['share'] extends Map<string, infer T> ? T : never;
type TypeConstructor = new () => AnyType;

export type OracleResult =
  | { outcome: 'applied'; roots: Set<string>; clients: Set<number> }
  | { outcome: 'pending' }
  | { outcome: 'threw'; error: unknown };

const rootNameOf = (doc: Y.Doc, type: AnyType): string => {
  let root = type;
  while (root._item !== null) root = root._item.parent as AnyType;
  for (const [name, shared] of doc.share) if (shared === root) return name;
  throw new Error('type outside the document roots');
};

/**
 * The slow, obviously right answer the gate is tested against: clone the server document,
 * apply the update to the clone, and read off the roots from what yjs reports for each
 * transaction (changed types, and the parents of what it newly deleted; deleting what was
 * already deleted is not reported), walking nested types up to their root, and the clients
 * whose state the apply advanced (whose structs it wrote). Test use only.
 */
export const rootsChangedByApplying = (doc: Y.Doc, update: Uint8Array): OracleResult => {
  // A fixed guid: yjs draws a random one character by character, which dominates a small clone.
  const clone = new Y.Doc({ gc: doc.gc, guid: 'oracle-clone' });
  for (const [name, type] of doc.share) clone.get(name, type.constructor as TypeConstructor);
  Y.applyUpdate(clone, Y.encodeStateAsUpdate(doc));
  const roots = new Set<string>();
  clone.on('afterTransaction', (transaction: Y.Transaction) => {
    for (const type of transaction.changed.keys()) roots.add(rootNameOf(clone, type));
    Y.iterateDeletedStructs(transaction, transaction.deleteSet, (struct) => {
      if (struct instanceof Y.Item) roots.add(rootNameOf(clone, struct.parent as AnyType));
    });
  });
  try {
    Y.applyUpdate(clone, new Uint8Array(update));
  } catch (error) {
    return { outcome: 'threw', error };
  }
  if (clone.store.pendingStructs !== null || clone.store.pendingDs !== null) {
    return { outcome: 'pending' };
  }
  const before = Y.decodeStateVector(Y.encodeStateVector(doc));
  const clients = new Set<number>();
  for (const [client, clock] of Y.decodeStateVector(Y.encodeStateVector(clone))) {
    if (clock > (before.get(client) ?? 0)) clients.add(client);
  }
  return { outcome: 'applied', roots, clients };
};
