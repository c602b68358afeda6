import * as Y from 'yjs';

export type GuardedApplyResult = { ok: true } | { ok: false; reason: 'threw' | 'pending' };

const holdsPendingState = (doc: Y.Doc): boolean =>
  doc.store.pendingStructs !== null || doc.store.pendingDs !== null;

/**
 * Applies an update the gate has allowed, and checks that the server document is still sound.
 *
 * On `{ ok: false }` the caller must throw this document away and reload the room from the
 * database, because:
 * - `threw`: yjs can throw halfway through its transaction; what it integrated before the throw
 *   stays in the document, and the document's `update` event has already fired for it. (Collect
 *   what that event emits during this call and persist or broadcast it only after `ok: true`.)
 * - `pending`: yjs parked structs or deletions it could not place yet. It would integrate them
 *   later, unchecked, as soon as another update fills the gap: the document must never keep them.
 */
export const applyGuarded = (
  doc: Y.Doc,
  update: Uint8Array,
  origin: unknown,
): GuardedApplyResult => {
  if (holdsPendingState(doc)) return { ok: false, reason: 'pending' };
  try {
    // The same exact-length copy the gate decided on (see decideUpdateRoots).
    Y.applyUpdate(doc, new Uint8Array(update), origin);
  } catch {
    return { ok: false, reason: 'threw' };
  }
  return holdsPendingState(doc) ? { ok: false, reason: 'pending' } : { ok: true };
};
