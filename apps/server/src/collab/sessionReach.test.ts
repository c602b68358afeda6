import { CloseCode } from '@anteckna/domain';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { apiClient } from '../testing/api.ts';
import { joinMeeting, writeParagraph } from '../testing/collabFixtures.ts';
import { connectClient, type TestClient } from '../testing/testClient.ts';
import { loginCookie, startTestServer, waitFor } from '../testing/testServer.ts';
import { createTestWorld, TEST_PASSWORD } from '../testing/testWorld.ts';
import { useCleanups } from '../testing/useCleanups.ts';

/**
 * Security review finding 2: open WebSockets survived logout (the session was checked only at
 * the upgrade) and an edit sent after logout was stored. A socket now ends with its session and
 * its access, with a code the web app explains.
 */
const cleanups = useCleanups();

async function setUp(overrides: Parameters<typeof startTestServer>[0] = {}) {
  const server = await startTestServer(overrides);
  cleanups.push(() => server.close());
  const world = await createTestWorld(server.deps);
  const secretaryCookie = await loginCookie(server.url, world.users.secretary.email, TEST_PASSWORD);
  return { server, world, secretary: apiClient(server.url, secretaryCookie) };
}

const closedWith = (client: TestClient, code: number) => () =>
  client.closes.some((close) => close.code === code);

describe('a socket lives no longer than its session and access', () => {
  it('closes the sockets of a session at logout, and nothing written afterwards is stored', async () => {
    const { server, world } = await setUp();
    const client = await joinMeeting(server, world, 'presenter1', cleanups);
    const api = apiClient(server.url, client.cookie);
    const other = await joinMeeting(server, world, 'presenter1', cleanups);
    expect((await api.post('/api/auth/logout')).status).toBe(204);
    await waitFor(closedWith(client, CloseCode.SessionEnded.code), 'closed with SessionEnded');
    writeParagraph(client.doc, `item:${world.items.item1}:body`, 'EFTER UTLOGGNING');
    await server.deps.collab.flush();
    const stored = await server.deps.collab.readDoc(world.meetingId, (room) =>
      room.doc.getXmlFragment(`item:${world.items.item1}:body`).toString(),
    );
    expect(stored).not.toContain('EFTER UTLOGGNING');
    // Another session of the same person (another browser) is not touched.
    expect(other.closes).toEqual([]);
  });

  it('closes the sockets of every other session when the password changes', async () => {
    const { server, world } = await setUp();
    const here = await joinMeeting(server, world, 'presenter1', cleanups);
    const elsewhere = await joinMeeting(server, world, 'presenter1', cleanups);
    const changed = await apiClient(server.url, here.cookie).post('/api/me/password', {
      currentPassword: TEST_PASSWORD,
      newPassword: 'ett-nytt-lösenord',
    });
    expect(changed.status).toBe(204);
    await waitFor(closedWith(elsewhere, CloseCode.SessionEnded.code), 'the other session closed');
    expect(here.closes).toEqual([]);
    expect((await apiClient(server.url, elsewhere.cookie).get('/api/me')).status).toBe(401);
    expect((await apiClient(server.url, here.cookie).get('/api/me')).status).toBe(200);
  });

  it('closes a socket when its session expires', async () => {
    // A session of two seconds: the socket opens, then must not outlive it.
    const { server, world } = await setUp({ sessionTtlHours: 2 / 3600 });
    const cookie = await loginCookie(server.url, world.users.member.email, TEST_PASSWORD);
    const client = connectClient(server.url, world.meetingId, cookie);
    cleanups.push(() => client.destroy());
    await waitFor(() => client.provider.synced, 'synced while the session lives');
    await waitFor(closedWith(client, CloseCode.SessionEnded.code), 'closed with SessionEnded');
  });

  it('closes the sockets of a member removed from the body, and reconnects one whose role changed', async () => {
    const { server, world, secretary } = await setUp();
    const member = await joinMeeting(server, world, 'member', cleanups);
    const removed = await secretary.delete(
      `/api/bodies/${world.bodyId}/members/${world.users.member.id}`,
    );
    expect(removed.status).toBe(200);
    await waitFor(closedWith(member, CloseCode.AccessEnded.code), 'closed with AccessEnded');

    const chairCookie = await loginCookie(server.url, world.users.secretary.email, TEST_PASSWORD);
    const own = connectClient(server.url, world.meetingId, chairCookie);
    cleanups.push(() => own.destroy());
    await waitFor(() => own.provider.synced, 'secretary synced');
    await secretary.post(`/api/bodies/${world.bodyId}/members`, {
      email: world.users.outsider.email,
      name: 'Test outsider',
      organisation: '',
      role: 'secretary',
    });
    const demoted = await secretary.patch(
      `/api/bodies/${world.bodyId}/members/${world.users.secretary.id}`,
      { role: 'member' },
    );
    expect(demoted.status).toBe(200);
    // The stock client reconnects by itself after AccessChanged (45xx) and gets member rights.
    await waitFor(() => own.provider.wsconnected === false || own.closes.length > 0, 'closed');
    await waitFor(
      () =>
        server.deps.collab.readDoc(world.meetingId, (room) =>
          [...room.connections].some(
            (conn) => conn.user.id === world.users.secretary.id && conn.actor.bodyRole === 'member',
          ),
        ),
      'reconnected as a member',
    );
  });

  it('closes the socket of a presenter taken off the only item they presented', async () => {
    const { server, world } = await setUp();
    const presenter = await joinMeeting(server, world, 'presenter1', cleanups);
    const secretaryClient = await joinMeeting(server, world, 'secretary', cleanups);
    secretaryClient.doc.transact(() => {
      const agenda = secretaryClient.doc.getArray<Y.Map<unknown>>('agenda');
      const entry = agenda
        .toArray()
        .find((e: Y.Map<unknown>) => e.get('id') === world.items.item1)!;
      entry.set('presenterIds', []);
    });
    await waitFor(closedWith(presenter, CloseCode.AccessEnded.code), 'closed with AccessEnded');
    expect(secretaryClient.closes).toEqual([]);
  });
});
