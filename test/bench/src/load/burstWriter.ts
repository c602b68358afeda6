import { setImmediate as yieldToLoop } from 'node:timers/promises';
import * as Y from 'yjs';
import { readAgendaFields } from '../client/agendaFields.ts';
import type { BenchClient } from '../client/benchClient.ts';
import { contentDigest } from '../edits/docDigest.ts';
import { typeBigDocument } from '../edits/bigDocument.ts';
import { nowMs } from '../edits/editToken.ts';
import { pollUntil } from '../run/benchError.ts';
import type { BurstResult } from './generatorMessages.ts';

const FLUSH_TIMEOUT_MS = 300_000;

/**
 * The big document (see typeBigDocument), typed by one client. Its updates are made beforehand
 * and then queued back to back on the client's connection, so the burst arrives as fast as the
 * socket carries it and the time measured is the server's, not the client's.
 * The client's document already holds them, so a server that echoes them back costs it little.
 */
export async function runBurst(
  { client, writer }: { client: BenchClient; writer: number },
  sections: number,
  updates: number,
): Promise<BurstResult> {
  const fields = await pollUntil(
    () => (readAgendaFields(client.doc).length > 0 ? readAgendaFields(client.doc) : null),
    'an agenda in the synced document',
    30_000,
  );
  const author = new Y.Doc();
  Y.applyUpdate(author, Y.encodeStateAsUpdate(client.doc));
  const made: Uint8Array[] = [];
  author.on('update', (update: Uint8Array) => made.push(update));
  typeBigDocument(author, fields, sections, updates, writer);

  client.applyAsFromServer(Y.encodeStateAsUpdate(author));
  const burst = client.prepareUpdates(made);
  await yieldToLoop();

  const firstSentAtMs = nowMs();
  burst.send();
  const lastSentAtMs = nowMs();
  await pollUntil(
    () => (client.bufferedBytes() === 0 ? true : null),
    'the burst leaving the client',
    FLUSH_TIMEOUT_MS,
    5,
  );
  return {
    firstSentAtMs,
    lastSentAtMs,
    flushedAtMs: nowMs(),
    stateVector: [...Y.decodeStateVector(Y.encodeStateVector(author))],
    digest: contentDigest(author, fields),
    fields,
    updateBytes: made.reduce((n, u) => n + u.length, 0),
    stateBytes: Y.encodeStateAsUpdate(author).length,
  };
}
