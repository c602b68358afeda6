import * as Y from 'yjs';
import { createBenchClient, type BenchClient } from '../client/benchClient.ts';
import type { ClientTarget } from '../client/clientTarget.ts';
import { coversStateVector } from '../edits/docDigest.ts';
import { nowMs } from '../edits/editToken.ts';
import { BenchError } from '../run/benchError.ts';

/**
 * A fresh client that waits until it holds everything in `want` — the full content, not just
 * a finished sync handshake (a server may answer the handshake before it has loaded the
 * document). Resolves with the moment it did; rejects, naming `who`, when the server refuses
 * the client for good or `timeoutMs` passes first.
 */
export function clientUntilFullContent(
  target: ClientTarget,
  want: ReadonlyMap<number, number>,
  timeoutMs: number,
  who: string,
): { client: BenchClient; heldAt: Promise<number> } {
  const client = createBenchClient(target);
  const heldAt = new Promise<number>((resolve, reject) => {
    const check = () => {
      if (!coversStateVector(Y.decodeStateVector(Y.encodeStateVector(client.doc)), want)) return;
      const at = nowMs();
      finish();
      resolve(at);
    };
    const timer = setTimeout(() => {
      finish();
      reject(
        new BenchError(
          `${who} did not hold the full content within ${Math.round(timeoutMs / 1000)} s`,
        ),
      );
    }, timeoutMs);
    void client.refused.then((code) => {
      finish();
      reject(new BenchError(`the server refused ${who} for good (close code ${code})`));
    });
    const finish = () => {
      clearTimeout(timer);
      client.doc.off('update', check);
    };
    client.doc.on('update', check);
  });
  return { client, heldAt };
}
