import { CloseCode } from '@anteckna/domain';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { defaultCollabLimits, type CollabLimits } from '../config.ts';
import { joinMeeting, syncUpdateMessage, writeParagraph } from '../testing/collabFixtures.ts';
import { loginCookie, startTestServer, waitFor } from '../testing/testServer.ts';
import { SERVER_TESTS_ON_POSTGRES } from '../testing/testPostgres.ts';
import { createTestWorld, TEST_PASSWORD, type TestWorld } from '../testing/testWorld.ts';
import { useCleanups } from '../testing/useCleanups.ts';

/**
 * Security review finding 5: no document size quota and no message rate limit (a presenter
 * filled a 60 MB disk with five 10 MB edits to their own item, 20,000 tiny updates were
 * accepted in 4.9 s), and SQLITE_FULL in the write batcher killed the process.
 */
type Server = Awaited<ReturnType<typeof startTestServer>>;
const cleanups = useCleanups();

async function setUp(limits: Partial<CollabLimits> = {}) {
  const server = await startTestServer({ limits: { ...defaultCollabLimits(), ...limits } });
  cleanups.push(() => server.close());
  const world = await createTestWorld(server.deps);
  return { server, world };
}

const storedText = (server: Server, world: TestWorld) =>
  server.deps.collab.readDoc(world.meetingId, (room) =>
    room.doc.getXmlFragment(`item:${world.items.item1}:body`).toString(),
  );

describe('message rate limit', () => {
  it('closes a connection that floods 20,000 tiny updates with TooManyMessages', async () => {
    const { server, world } = await setUp();
    const cookie = await loginCookie(server.url, world.users.presenter1.email, TEST_PASSWORD);
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    const text = doc.getXmlFragment(`item:${world.items.item1}:body`);
    const line = new Y.XmlText();
    text.push([line]);
    for (let i = 0; i < 20_000; i++) line.insert(i, 'x');
    const socket = new WebSocket(`${server.url.replace('http', 'ws')}/collab/${world.meetingId}`, {
      headers: { cookie },
    });
    const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
    await new Promise((resolve) => socket.once('open', resolve));
    for (const update of updates) socket.send(syncUpdateMessage(update));
    expect(await closed).toBe(CloseCode.TooManyMessages.code);
  });

  it('lets a fast typist, a paste and an offline reconnect through', async () => {
    const { server, world } = await setUp();
    const presenter = await joinMeeting(server, world, 'presenter1', cleanups);
    const body = `item:${world.items.item1}:body`;
    // 300 keystrokes as fast as the client makes them, a 200 kB paste, then 500 edits offline.
    const line = new Y.XmlText();
    presenter.doc.getXmlFragment(body).push([line]);
    for (let i = 0; i < 300; i++) line.insert(i, 'a');
    writeParagraph(presenter.doc, body, 'Inklistrat '.repeat(20_000));
    presenter.provider.disconnect();
    for (let i = 0; i < 500; i++) line.insert(0, 'o');
    presenter.provider.connect();
    await waitFor(
      async () => (await storedText(server, world)).includes('o'.repeat(500)),
      'everything stored',
    );
    expect(presenter.closes).toEqual([]);
  });
});

describe('document size limit', () => {
  it('refuses an update that would take the document past its cap, storing nothing of it', async () => {
    const { server, world } = await setUp({ maxDocumentBytes: 256 * 1024 });
    const presenter = await joinMeeting(server, world, 'presenter1', cleanups);
    const reader = await joinMeeting(server, world, 'member', cleanups);
    const body = `item:${world.items.item1}:body`;
    writeParagraph(presenter.doc, body, 'Liten rad');
    await waitFor(
      async () => (await storedText(server, world)).includes('Liten rad'),
      'small edit stored',
    );
    writeParagraph(presenter.doc, body, `STOR ${'x'.repeat(300 * 1024)}`);
    await waitFor(
      () => presenter.closes.some((c) => c.code === CloseCode.DocumentTooLarge.code),
      'closed with DocumentTooLarge',
    );
    await server.deps.collab.flush();
    expect(await storedText(server, world)).not.toContain('STOR');
    expect(reader.doc.getXmlFragment(body).toString()).not.toContain('STOR');
    expect(reader.closes).toEqual([]);
  });
});

// The full disk is made with SQLite's max_page_count on the server's file; on Postgres the
// storage-lost answer is tested in db/postgresOutage.test.ts.
describe.skipIf(SERVER_TESTS_ON_POSTGRES)('a full disk', () => {
  it('refuses writes with StorageFull and 503 health, keeps serving reads, and takes the edits once there is room', async () => {
    const { server, world } = await setUp();
    const sqlite = server.deps.db.$client;
    const writer = await joinMeeting(server, world, 'presenter1', cleanups);
    const reader = await joinMeeting(server, world, 'member', cleanups);
    const body = `item:${world.items.item1}:body`;
    writeParagraph(writer.doc, body, 'Före');
    await waitFor(async () => (await storedText(server, world)).includes('Före'), 'stored before');

    // SQLite's own SQLITE_FULL: the file may not grow by a single page more.
    sqlite.pragma('wal_checkpoint(TRUNCATE)');
    const pages = sqlite.pragma('page_count', { simple: true }) as number;
    sqlite.pragma(`max_page_count = ${pages}`);
    writeParagraph(writer.doc, body, `Under ${'y'.repeat(64 * 1024)}`);
    await waitFor(
      () => writer.closes.some((c) => c.code === CloseCode.StorageFull.code),
      'closed with StorageFull',
    );
    const health = await fetch(`${server.url}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ ok: false, reason: 'storage_full' });
    // Reads go on: a new reader syncs what was stored.
    const late = await joinMeeting(server, world, 'secretary', cleanups);
    expect(late.doc.getXmlFragment(body).toString()).toContain('Före');
    expect(reader.doc.getXmlFragment(body).toString()).not.toContain('Under');

    sqlite.pragma('max_page_count = 1073741823');
    // The stock client reconnects by itself (45xx) and sends what the server lacks.
    await waitFor(
      async () => (await storedText(server, world)).includes('Under'),
      'stored once there is room',
    );
    await waitFor(
      () => reader.doc.getXmlFragment(body).toString().includes('Under'),
      'the reader gets it',
    );
    expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
  });
});
