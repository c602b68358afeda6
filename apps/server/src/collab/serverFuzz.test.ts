import { expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { mutateBytes, seededRandom } from './gate/updateMutations.test-support.ts';
import { syncUpdateMessage } from '../testing/collabFixtures.ts';
import { connectClient, type TestClient } from '../testing/testClient.ts';
import { loginCookie, startTestServer, waitFor } from '../testing/testServer.ts';
import { createTestWorld, TEST_PASSWORD } from '../testing/testWorld.ts';
import { useCleanups } from '../testing/useCleanups.ts';

/**
 * Forged and mutated updates against a running server with two honest clients connected: the
 * server never crashes, and no byte of a refused update reaches an honest client or the database.
 */
const ATTEMPTS = process.env.FUZZ_RUNS ? 20_000 : 1000;
const MARKER = 'ANGRIPARE';

const cleanups = useCleanups();

/** Updates presenter 1 may not send: another item's body, a decision, the agenda, the header. */
function forbiddenUpdates(base: Y.Doc, items: { item1: string; item2: string }): Uint8Array[] {
  const updates: Uint8Array[] = [];
  const attacker = new Y.Doc();
  Y.applyUpdate(attacker, Y.encodeStateAsUpdate(base));
  attacker.on('update', (update: Uint8Array) => updates.push(update));
  const paragraph = (root: string, text: string) =>
    attacker.transact(() => {
      const p = new Y.XmlElement('paragraph');
      p.insert(0, [new Y.XmlText(text)]);
      attacker.getXmlFragment(root).push([p]);
    });
  paragraph(`item:${items.item2}:body`, `${MARKER} body`);
  paragraph(`item:${items.item1}:decision`, `${MARKER} decision`);
  attacker.transact(() =>
    (attacker.getArray<Y.Map<unknown>>('agenda').get(0) as Y.Map<unknown>).set(
      'title',
      `${MARKER} agenda`,
    ),
  );
  attacker.getMap('meeting').set('place', `${MARKER} meeting`);
  attacker.transact(() =>
    attacker
      .getXmlFragment(`item:${items.item2}:body`)
      .delete(0, attacker.getXmlFragment(`item:${items.item2}:body`).length),
  );
  return updates;
}

/**
 * Client-id spoofing: presenter 1 writing in its own item 1 (which it may write) under the
 * secretary's client id at the secretary's next clock, which would make the secretary's next
 * edit look already known.
 */
function spoofedUpdate(base: Y.Doc, victim: number, items: { item1: string }): Uint8Array {
  const attacker = new Y.Doc();
  Y.applyUpdate(attacker, Y.encodeStateAsUpdate(base));
  attacker.clientID = victim;
  const before = Y.encodeStateVector(attacker);
  attacker.transact(() => {
    const p = new Y.XmlElement('paragraph');
    p.insert(0, [new Y.XmlText(`${MARKER} spoof`)]);
    attacker.getXmlFragment(`item:${items.item1}:body`).push([p]);
  });
  return Y.encodeStateAsUpdate(attacker, before);
}

/** The content of the roots presenter 1 may not write, as any client sees them. */
function forbiddenContent(doc: Y.Doc, items: { item1: string; item2: string }): string {
  return [
    doc.getXmlFragment(`item:${items.item2}:body`).toString(),
    doc.getXmlFragment(`item:${items.item1}:decision`).toString(),
    JSON.stringify(doc.getArray('agenda').toJSON()),
    JSON.stringify(doc.getMap('meeting').toJSON()),
  ].join('\n');
}

it(
  `survives ${ATTEMPTS} forged and mutated updates with honest clients connected, leaking nothing`,
  async () => {
    let server = await startTestServer();
    let open = true;
    cleanups.push(() => (open ? server.close() : undefined));
    const world = await createTestWorld(server.deps);
    const secretary: TestClient = connectClient(
      server.url,
      world.meetingId,
      await loginCookie(server.url, world.users.secretary.email, TEST_PASSWORD),
    );
    const honest: TestClient = connectClient(
      server.url,
      world.meetingId,
      await loginCookie(server.url, world.users.presenter2.email, TEST_PASSWORD),
    );
    cleanups.push(() => (secretary.destroy(), honest.destroy()));
    await waitFor(
      () => secretary.provider.synced && honest.provider.synced,
      'honest clients synced',
    );
    secretary.doc.transact(() => {
      const p = new Y.XmlElement('paragraph');
      p.insert(0, [new Y.XmlText('Sekreterarens text')]);
      secretary.doc.getXmlFragment(`item:${world.items.item2}:body`).push([p]);
    });
    await waitFor(
      () =>
        honest.doc
          .getXmlFragment(`item:${world.items.item2}:body`)
          .toString()
          .includes('Sekreterarens'),
      'honest sync',
    );

    const spoof = spoofedUpdate(secretary.doc, secretary.doc.clientID, world.items);
    const bases = [...forbiddenUpdates(secretary.doc, world.items), spoof];
    const attackerCookie = await loginCookie(
      server.url,
      world.users.presenter1.email,
      TEST_PASSWORD,
    );
    const random = seededRandom(20261123);
    let socket: WebSocket | null = null;
    let closes = 0;
    let spoofs = 0;
    let spoofsRefused = 0;
    for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
      if (!socket || socket.readyState !== WebSocket.OPEN) {
        socket = new WebSocket(`${server.url.replace('http', 'ws')}/collab/${world.meetingId}`, {
          headers: { cookie: attackerCookie },
        });
        socket.on('close', () => closes++);
        await new Promise(
          (resolve, reject) => (socket!.once('open', resolve), socket!.once('error', reject)),
        );
      }
      const base = bases[attempt % bases.length]!;
      const forged = attempt % 7 === 0 ? base : mutateBytes(mutateBytes(base, random), random);
      const ws: WebSocket = socket;
      // A query for awareness after the forgery: its answer (or a close) means the forgery was handled.
      const handled = new Promise<boolean>((resolve) => {
        const done = (closed: boolean) => (ws.off('message', onMessage), resolve(closed));
        const onMessage = (data: Buffer) => data[0] === 1 && done(false);
        ws.on('message', onMessage);
        ws.once('close', () => done(true));
      });
      ws.send(syncUpdateMessage(forged));
      if (ws.readyState === WebSocket.OPEN) ws.send(new Uint8Array([3]));
      const closed = await handled;
      if (forged === spoof) {
        spoofs++;
        if (closed) spoofsRefused++;
      }
    }
    socket?.close();
    expect(closes).toBeGreaterThan(0);
    expect(spoofs).toBeGreaterThan(0);
    // A spoof sent behind a buffered (undecidable) forgery is merged with it and waits too; the
    // state check below shows none was ever accepted.
    expect(spoofsRefused).toBeGreaterThan(0);

    // Still serving: an honest edit goes through after all that.
    honest.doc.transact(() => {
      const p = new Y.XmlElement('paragraph');
      p.insert(0, [new Y.XmlText('Efter angreppet')]);
      honest.doc.getXmlFragment(`item:${world.items.item2}:body`).push([p]);
    });
    await waitFor(
      () =>
        secretary.doc
          .getXmlFragment(`item:${world.items.item2}:body`)
          .toString()
          .includes('Efter angreppet'),
      'served after the attack',
    );
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    expect(forbiddenContent(secretary.doc, world.items)).not.toContain(MARKER);
    expect(forbiddenContent(honest.doc, world.items)).not.toContain(MARKER);
    expect(secretary.doc.getXmlFragment(`item:${world.items.item2}:body`).toString()).toContain(
      'Sekreterarens text',
    );

    await server.deps.collab.flush();
    const dataDir = server.dataDir;
    await server.close();
    open = false;
    server = await startTestServer({}, dataDir);
    cleanups.push(() => server.close());
    const fresh = connectClient(
      server.url,
      world.meetingId,
      await loginCookie(server.url, world.users.secretary.email, TEST_PASSWORD),
    );
    cleanups.push(() => fresh.destroy());
    await waitFor(() => fresh.provider.synced, 'synced after restart');
    expect(forbiddenContent(fresh.doc, world.items)).not.toContain(MARKER);
    expect(fresh.doc.getXmlFragment(`item:${world.items.item2}:body`).toString()).toContain(
      'Efter angreppet',
    );
    // Nothing was ever accepted under the secretary's client id but the secretary's own edits.
    expect(Y.getState(fresh.doc.store, secretary.doc.clientID)).toBe(
      Y.getState(secretary.doc.store, secretary.doc.clientID),
    );
    console.info(
      `server fuzz: ${ATTEMPTS} forged updates (${spoofs} unmutated client-id spoofs, ${spoofsRefused} closed at once, none accepted), ` +
        `${closes} connections closed by the server`,
    );
  },
  Math.max(60_000, ATTEMPTS * 20),
);
