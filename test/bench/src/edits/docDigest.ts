import { createHash } from 'node:crypto';
import * as Y from 'yjs';
import { scanEditTokens } from './editToken.ts';

/** A fingerprint of what a reader sees in the typed fields: equal digests, equal documents. */
export function contentDigest(doc: Y.Doc, fields: readonly string[]): string {
  const hash = createHash('sha256');
  for (const field of [...fields].sort()) {
    hash.update(field).update('\n').update(doc.getXmlFragment(field).toString()).update('\n');
  }
  return hash.digest('hex');
}

/** Every edit (writer → sequence numbers) present in the document's full state. */
export function editsPresent(doc: Y.Doc): Map<number, Set<number>> {
  const present = new Map<number, Set<number>>();
  scanEditTokens(Y.encodeStateAsUpdate(doc), ({ writer, seq }) => {
    let seqs = present.get(writer);
    if (!seqs) present.set(writer, (seqs = new Set()));
    seqs.add(seq);
  });
  return present;
}

/** Edits a writer typed (sequence numbers 0 … sent-1) that the document does not hold. */
export function countLostEdits(
  sent: ReadonlyMap<number, number>,
  present: ReadonlyMap<number, Set<number>>,
): number {
  let lost = 0;
  for (const [writer, count] of sent) {
    const seqs = present.get(writer);
    for (let seq = 0; seq < count; seq++) if (!seqs?.has(seq)) lost += 1;
  }
  return lost;
}

/** Whether `have` holds at least everything `want` names (both as client → clock). */
export function coversStateVector(
  have: ReadonlyMap<number, number>,
  want: ReadonlyMap<number, number>,
): boolean {
  for (const [client, clock] of want) if ((have.get(client) ?? 0) < clock) return false;
  return true;
}
