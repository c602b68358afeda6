import * as Y from 'yjs';
import { createBenchClient, type BenchClient } from '../client/benchClient.ts';
import type { ClientTarget } from '../client/clientTarget.ts';
import { coversStateVector } from '../edits/docDigest.ts';
import { nowMs } from '../edits/editToken.ts';

/**
 * A fresh client that waits until it holds everything in `want` — the full content, not just
 * a finished sync handshake (a server may answer the handshake before it has loaded the
 * document). Resolves with the moment it did, or null when `timeoutMs` passed first.
 */
export function clientUntilFullContent(
  target: ClientTarget,
  want: ReadonlyMap<number, number>,
  timeoutMs: number,
): { client: BenchClient; heldAt: Promise<number | null> } {
  const client = createBenchClient(target);
  const heldAt = new Promise<number | null>((resolve) => {
    const check = () => {
      if (!coversStateVector(Y.decodeStateVector(Y.encodeStateVector(client.doc)), want)) return;
      const at = nowMs();
      finish();
      resolve(at);
    };
    const timer = setTimeout(() => {
      finish();
      resolve(null);
    }, timeoutMs);
    const finish = () => {
      clearTimeout(timer);
      client.doc.off('update', check);
    };
    client.doc.on('update', check);
  });
  return { client, heldAt };
}
