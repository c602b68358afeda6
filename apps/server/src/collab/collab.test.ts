import { CloseCode } from '@anteckna/domain';
import { describe, expect, it } from 'vitest';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { docUpdates, sessions } from '../db/schema.ts';
import { connectClient, type TestClient } from '../testing/testClient.ts';
import { loginCookie, startTestServer, waitFor } from '../testing/testServer.ts';
import { createTestWorld, TEST_PASSWORD, type TestWorld } from '../testing/testWorld.ts';
import { useCleanups } from '../testing/useCleanups.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;
const cleanups = useCleanups();

async function setup(): Promise<{
  server: Server;
  world: TestWorld;
  cookie: (who: keyof TestWorld['users']) => Promise<string>;
}> {
  const server = await startTestServer();
  cleanups.push(() => server.close());
  const world = await createTestWorld(server.deps);
  return {
    server,
    world,
    cookie: (who) => loginCookie(server.url, world.users[who].email, TEST_PASSWORD),
  };
}

function client(
  server: Server,
  meetingId: string,
  cookie: string | null,
  origin?: string,
): TestClient {
  const c = connectClient(server.url, meetingId, cookie, { origin });
  cleanups.push(() => c.destroy());
  return c;
}

const bodyText = (doc: Y.Doc, itemId: string) =>
  doc.getXmlFragment(`item:${itemId}:body`).toString();

function typeInto(doc: Y.Doc, itemId: string, text: string) {
  const fragment = doc.getXmlFragment(`item:${itemId}:body`);
  doc.transact(() => {
    const paragraph = new Y.XmlElement('paragraph');
    paragraph.insert(0, [new Y.XmlText(text)]);
    fragment.push([paragraph]);
  });
}

describe('collaboration endpoint', () => {
  it('lets two stock clients converge on one field and gives a late joiner the same state', async () => {
    const { server, world, cookie } = await setup();
    const secretary = client(server, world.meetingId, await cookie('secretary'));
    const presenter = client(server, world.meetingId, await cookie('presenter1'));
    await waitFor(() => secretary.provider.synced && presenter.provider.synced, 'both synced');
    typeInto(secretary.doc, world.items.item1, 'Från sekreteraren');
    typeInto(presenter.doc, world.items.item1, 'Från föredraganden');
    await waitFor(
      () =>
        bodyText(secretary.doc, world.items.item1) === bodyText(presenter.doc, world.items.item1) &&
        bodyText(secretary.doc, world.items.item1).includes('Från föredraganden') &&
        bodyText(presenter.doc, world.items.item1).includes('Från sekreteraren'),
      'convergence',
    );
    const late = client(server, world.meetingId, await cookie('member'));
    await waitFor(() => late.provider.synced, 'late joiner synced');
    expect(Y.encodeStateVector(late.doc)).toEqual(Y.encodeStateVector(secretary.doc));
    expect(bodyText(late.doc, world.items.item1)).toBe(bodyText(secretary.doc, world.items.item1));
  });

  it('never reports synced before the stored content is in the client document', async () => {
    const { server, world, cookie } = await setup();
    const first = client(server, world.meetingId, await cookie('secretary'));
    await waitFor(() => first.provider.synced, 'synced');
    typeInto(first.doc, world.items.item2, 'Sparad text');
    await server.deps.collab.flush();
    first.destroy();
    const second = client(server, world.meetingId, await cookie('secretary'));
    let textAtSync: string | undefined;
    second.provider.on('sync', (synced: boolean) => {
      if (synced) textAtSync = bodyText(second.doc, world.items.item2);
    });
    await waitFor(() => textAtSync !== undefined, 'sync event');
    expect(textAtSync).toContain('Sparad text');
  });

  it('closes a connection without a session with Unauthorized and sends nothing', async () => {
    const { server, world } = await setup();
    const received: Buffer[] = [];
    const ws = new WebSocket(`${server.url.replace('http', 'ws')}/collab/${world.meetingId}`);
    ws.on('message', (data: Buffer) => received.push(data));
    const code = await new Promise<number>((resolve) => ws.on('close', (c) => resolve(c)));
    expect(code).toBe(CloseCode.Unauthorized.code);
    expect(received).toHaveLength(0);
  });

  it('closes an upgrade from a foreign Origin with Unauthorized', async () => {
    const { server, world, cookie } = await setup();
    const evil = client(server, world.meetingId, await cookie('secretary'), 'https://evil.example');
    await waitFor(() => evil.closes.length > 0, 'close');
    expect(evil.closes[0]!.code).toBe(CloseCode.Unauthorized.code);
  });

  it('closes a meeting of another body with NotFound', async () => {
    const { server, world, cookie } = await setup();
    const outsider = client(server, world.meetingId, await cookie('outsider'));
    await waitFor(() => outsider.closes.length > 0, 'close');
    expect(outsider.closes[0]!.code).toBe(CloseCode.NotFound.code);
  });

  it('closes an expired session with Unauthorized', async () => {
    const { server, world, cookie } = await setup();
    const session = await cookie('secretary');
    await server.deps.db.update(sessions).set({ expiresAt: '2000-01-01T00:00:00.000Z' });
    const expired = client(server, world.meetingId, session);
    await waitFor(() => expired.closes.length > 0, 'close');
    expect(expired.closes[0]!.code).toBe(CloseCode.Unauthorized.code);
  });

  it('closes a malformed message with Malformed and keeps serving everyone else', async () => {
    const { server, world, cookie } = await setup();
    const honest = client(server, world.meetingId, await cookie('secretary'));
    await waitFor(() => honest.provider.synced, 'synced');
    const ws = new WebSocket(`${server.url.replace('http', 'ws')}/collab/${world.meetingId}`, {
      headers: { cookie: await cookie('presenter1') },
    });
    await new Promise((resolve) => ws.on('open', resolve));
    ws.send(Buffer.from([0, 2, 200, 1, 2]));
    const code = await new Promise<number>((resolve) => ws.on('close', (c) => resolve(c)));
    expect(code).toBe(CloseCode.Malformed.code);
    const other = client(server, world.meetingId, await cookie('presenter1'));
    typeInto(honest.doc, world.items.item1, 'Fortfarande uppe');
    await waitFor(
      () => bodyText(other.doc, world.items.item1).includes('Fortfarande uppe'),
      'served',
    );
  });

  it('closes a message over the size limit with 1009', async () => {
    const server = await startTestServer({
      limits: { ...(await import('../config.ts')).defaultCollabLimits(), maxMessageBytes: 1024 },
    });
    cleanups.push(() => server.close());
    const world = await createTestWorld(server.deps);
    const ws = new WebSocket(`${server.url.replace('http', 'ws')}/collab/${world.meetingId}`, {
      headers: {
        cookie: await loginCookie(server.url, world.users.secretary.email, TEST_PASSWORD),
      },
    });
    await new Promise((resolve) => ws.on('open', resolve));
    ws.send(Buffer.alloc(4096, 1));
    const code = await new Promise<number>((resolve) => ws.on('close', (c) => resolve(c)));
    expect(code).toBe(CloseCode.TooLarge.code);
  });

  it('refuses an update from a member who may not write, and stores and sends nothing of it', async () => {
    const { server, world, cookie } = await setup();
    const secretary = client(server, world.meetingId, await cookie('secretary'));
    const member = client(server, world.meetingId, await cookie('member'));
    await waitFor(() => secretary.provider.synced && member.provider.synced, 'synced');
    const rowsBefore = (await server.deps.db.select().from(docUpdates)).length;
    typeInto(member.doc, world.items.item1, 'Ledamoten försöker');
    await waitFor(() => member.closes.length > 0, 'member closed');
    expect(member.closes[0]!.code).toBe(CloseCode.Forbidden.code);
    typeInto(secretary.doc, world.items.item2, 'Efteråt');
    await waitFor(() => bodyText(secretary.doc, world.items.item2).includes('Efteråt'), 'typed');
    await server.deps.collab.flush();
    const rows = (await server.deps.db.select().from(docUpdates).orderBy(docUpdates.seq)).slice(
      rowsBefore,
    );
    const stored = new Y.Doc();
    for (const row of rows) Y.applyUpdate(stored, new Uint8Array(row.update));
    expect(bodyText(secretary.doc, world.items.item1)).not.toContain('Ledamoten');
    expect(bodyText(stored, world.items.item1)).not.toContain('Ledamoten');
  });

  it('replaces the name a client claims in awareness with the session user', async () => {
    const { server, world, cookie } = await setup();
    const secretary = client(server, world.meetingId, await cookie('secretary'));
    const presenter = client(server, world.meetingId, await cookie('presenter1'));
    presenter.provider.awareness.setLocalStateField('user', {
      name: 'Förfalskad Ordförande',
      color: '#000',
    });
    await waitFor(
      () => secretary.provider.awareness.getStates().has(presenter.doc.clientID),
      'presence seen',
    );
    const seen = secretary.provider.awareness.getStates().get(presenter.doc.clientID) as {
      user: { name: string; id: string };
    };
    expect(seen.user.name).toBe('Test presenter1');
    expect(seen.user.id).toBe(world.users.presenter1.id);
  });

  it('drops awareness a connection sends for client ids another connection introduced', async () => {
    const { server, world, cookie } = await setup();
    const secretary = client(server, world.meetingId, await cookie('secretary'));
    const presenter = client(server, world.meetingId, await cookie('presenter1'));
    presenter.provider.awareness.setLocalStateField('cursor', { at: 1 });
    await waitFor(
      () => secretary.provider.awareness.getStates().has(presenter.doc.clientID),
      'presence seen',
    );
    const ws = new WebSocket(`${server.url.replace('http', 'ws')}/collab/${world.meetingId}`, {
      headers: { cookie: await cookie('member') },
    });
    await new Promise((resolve) => ws.on('open', resolve));
    const forged = encoding.createEncoder();
    encoding.writeVarUint(forged, 1); // awareness message
    const inner = encoding.createEncoder();
    encoding.writeVarUint(inner, 1);
    encoding.writeVarUint(inner, presenter.doc.clientID);
    encoding.writeVarUint(inner, 9999);
    encoding.writeVarString(inner, JSON.stringify({ user: { name: 'Förfalskad' }, cursor: null }));
    encoding.writeVarUint8Array(forged, encoding.toUint8Array(inner));
    ws.send(encoding.toUint8Array(forged));
    // A later honest change from the member's own stock client proves the forged message was handled.
    const member = client(server, world.meetingId, await cookie('member'));
    member.provider.awareness.setLocalStateField('cursor', { at: 2 });
    await waitFor(
      () => secretary.provider.awareness.getStates().has(member.doc.clientID),
      'member presence',
    );
    const seen = secretary.provider.awareness.getStates().get(presenter.doc.clientID) as {
      user: { name: string };
    };
    expect(seen.user.name).toBe('Test presenter1');
    ws.close();
  });

  it('turns a presenter read-only the moment the meeting goes live, and refuses a write in flight', async () => {
    const { server, world, cookie } = await setup();
    const presenter = client(server, world.meetingId, await cookie('presenter1'));
    const secretary = client(server, world.meetingId, await cookie('secretary'));
    await waitFor(() => presenter.provider.synced && secretary.provider.synced, 'synced');
    typeInto(presenter.doc, world.items.item1, 'Före mötet');
    await waitFor(
      () => bodyText(secretary.doc, world.items.item1).includes('Före mötet'),
      'accepted',
    );
    const secretaryCookie = await cookie('secretary');
    const moved = await fetch(`${server.url}/api/meetings/${world.meetingId}/phase`, {
      method: 'POST',
      headers: { cookie: secretaryCookie, 'content-type': 'application/json' },
      body: JSON.stringify({ to: 'live' }),
    });
    expect(moved.status).toBe(200);
    await waitFor(
      () => presenter.doc.getMap('meeting').get('phase') === 'live',
      'presenter sees the phase',
    );
    typeInto(presenter.doc, world.items.item1, 'Under mötet');
    await waitFor(() => presenter.closes.length > 0, 'refused');
    expect(presenter.closes[0]!.code).toBe(CloseCode.Forbidden.code);
    await server.deps.collab.flush();
    expect(bodyText(secretary.doc, world.items.item1)).not.toContain('Under mötet');
  });
});
