import type { Socket } from 'node:net';
import { CloseCode } from '@anteckna/domain';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { docUpdates } from '../db/schema.ts';
import { joinMeeting, syncUpdateMessage } from '../testing/collabFixtures.ts';
import { startTestServer, waitFor } from '../testing/testServer.ts';
import { createTestWorld } from '../testing/testWorld.ts';
import { useCleanups } from '../testing/useCleanups.ts';

/**
 * Updates a client sends back to back (a paste, an offline reconnect, a burst) arrive in one read
 * and are decided as runs (collab/updateRuns.ts): every one is stored and relayed, and a refused
 * one is answered as it would be on its own, with what came before it kept.
 */
type Server = Awaited<ReturnType<typeof startTestServer>>;
const cleanups = useCleanups();

const bodyOf = (doc: Y.Doc, itemId: string) => doc.getXmlFragment(`item:${itemId}:body`);

/** Keystrokes as separate updates, each one character, into a new paragraph of `itemId`. */
function keystrokes(author: Y.Doc, itemId: string, text: string): Uint8Array[] {
  const made: Uint8Array[] = [];
  const collect = (update: Uint8Array) => made.push(update);
  author.on('update', collect);
  const line = new Y.XmlText();
  const paragraph = new Y.XmlElement('paragraph');
  paragraph.insert(0, [line]);
  bodyOf(author, itemId).push([paragraph]);
  for (const [i, char] of [...text].entries()) line.insert(i, char);
  author.off('update', collect);
  return made;
}

/** A raw socket with the session cookie that sends every update in one write. */
async function sendInOneWrite(
  server: Server,
  meetingId: string,
  cookie: string,
  updates: Uint8Array[],
): Promise<WebSocket> {
  const ws = new WebSocket(`${server.url.replace('http', 'ws')}/collab/${meetingId}`, {
    headers: { cookie },
  });
  cleanups.push(() => ws.terminate());
  await new Promise((resolve) => ws.on('open', resolve));
  const socket = (ws as unknown as { _socket: Socket })._socket;
  socket.cork();
  for (const update of updates) ws.send(syncUpdateMessage(update));
  socket.uncork();
  return ws;
}

async function storedDoc(server: Server): Promise<Y.Doc> {
  const stored = new Y.Doc();
  for (const row of await server.deps.db.select().from(docUpdates))
    Y.applyUpdate(stored, new Uint8Array(row.update));
  return stored;
}

async function setup() {
  const server = await startTestServer();
  cleanups.push(() => server.close());
  const world = await createTestWorld(server.deps);
  const presenter = await joinMeeting(server, world, 'presenter1', cleanups);
  const secretary = await joinMeeting(server, world, 'secretary', cleanups);
  const author = new Y.Doc();
  Y.applyUpdate(author, Y.encodeStateAsUpdate(presenter.doc));
  return { server, world, presenter, secretary, author };
}

describe('updates sent back to back', () => {
  it('stores and relays every one of 300 keystrokes that arrive in one write', async () => {
    const { server, world, presenter, secretary, author } = await setup();
    const text = 'Föredragningen om länets gemensamma upphandling. '.repeat(7);
    const updates = keystrokes(author, world.items.item1, text);
    expect(updates.length).toBeGreaterThan(300);
    await sendInOneWrite(server, world.meetingId, presenter.cookie, updates);
    await waitFor(
      () => bodyOf(secretary.doc, world.items.item1).toString().includes(text),
      'every keystroke relayed',
    );
    await server.deps.collab.flush();
    expect(bodyOf(await storedDoc(server), world.items.item1).toString()).toContain(text);
  });

  it('keeps what came before a refused update in the same write, and closes the sender with Forbidden', async () => {
    const { server, world, presenter, secretary, author } = await setup();
    const allowed = keystrokes(author, world.items.item1, 'Eget ärende');
    const refused = keystrokes(author, world.items.item2, 'INTRÅNG');
    const after = keystrokes(author, world.items.item1, 'Efteråt');
    const ws = await sendInOneWrite(server, world.meetingId, presenter.cookie, [
      ...allowed,
      ...refused,
      ...after,
    ]);
    const code = await new Promise<number>((resolve) => ws.on('close', (c) => resolve(c)));
    expect(code).toBe(CloseCode.Forbidden.code);
    await waitFor(
      () => bodyOf(secretary.doc, world.items.item1).toString().includes('Eget ärende'),
      'the allowed keystrokes relayed',
    );
    await server.deps.collab.flush();
    const stored = await storedDoc(server);
    expect(bodyOf(stored, world.items.item1).toString()).toContain('Eget ärende');
    expect(bodyOf(stored, world.items.item2).toString()).not.toContain('INTRÅNG');
    expect(bodyOf(secretary.doc, world.items.item2).toString()).not.toContain('INTRÅNG');
    // What followed the refusal builds on it, so it never lands either.
    expect(bodyOf(stored, world.items.item1).toString()).not.toContain('Efteråt');
  });
});
