import { setImmediate as yieldToLoop } from 'node:timers/promises';
import * as Y from 'yjs';
import { readAgendaFields } from '../client/agendaFields.ts';
import type { BenchClient } from '../client/benchClient.ts';
import { contentDigest } from '../edits/docDigest.ts';
import { formatEditToken, nowMs } from '../edits/editToken.ts';
import { pollUntil } from '../run/benchError.ts';
import type { BurstResult } from './generatorMessages.ts';

const FLUSH_TIMEOUT_MS = 300_000;

/**
 * The big document: `sections` paragraphs spread over the agenda's fields, then `updates` small
 * edits typed section after section, each its own transaction and so its own update. They are
 * made beforehand and then queued back to back on the client's connection, so the burst arrives
 * as fast as the socket carries it and the time measured is the server's, not the client's.
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
  const texts = addSections(author, fields, sections);
  for (let i = 0; i < updates; i++) {
    const text = texts[Math.floor((i * sections) / updates)]!;
    text.insert(text.length, formatEditToken(writer, i, nowMs()));
  }

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

function addSections(doc: Y.Doc, fields: string[], sections: number): Y.XmlText[] {
  const texts: Y.XmlText[] = [];
  doc.transact(() => {
    for (let s = 0; s < sections; s++) {
      const fragment = doc.getXmlFragment(fields[s % fields.length]!);
      const paragraph = new Y.XmlElement('paragraph');
      const text = new Y.XmlText();
      paragraph.insert(0, [text]);
      fragment.insert(fragment.length, [paragraph]);
      texts.push(text);
    }
  });
  return texts;
}
