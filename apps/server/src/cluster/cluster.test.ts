import { CloseCode } from '@anteckna/domain';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { apiClient } from '../testing/api.ts';
import { writeParagraph } from '../testing/collabFixtures.ts';
import { approveAtNextMeeting, circulatedMeeting } from '../testing/minutesContent.ts';
import { startChildServer, type ChildServer } from '../testing/childServer.ts';
import { connectClient, type TestClient } from '../testing/testClient.ts';
import {
  deleteTestKeys,
  missingInCi,
  redisSkipNote,
  testKeyPrefix,
  testRedisUrl,
} from '../testing/testRedis.ts';
import { createTestDatabase, TEST_POSTGRES_URL } from '../testing/testPostgres.ts';
import { loginCookie, startTestServer, waitFor } from '../testing/testServer.ts';
import { createTestWorld, TEST_PASSWORD, type TestWorld } from '../testing/testWorld.ts';
import { useCleanups } from '../testing/useCleanups.ts';

/**
 * Two real server processes on one database and one Redis (docs/deploy.md): one owns each
 * meeting and decides its writes; the other relays its sockets to the owner.
 */
const cleanups = useCleanups();

/**
 * Short, so the take-over after kill -9 is waited for in seconds; long enough that a process
 * the loaded test machine leaves without a core for a second or two keeps its leases (at 2 s,
 * such stalls moved meetings mid-test, and a test expecting one close code got another).
 */
const LEASE_MS = 5000;

/**
 * The test world (and what `prepare` adds, in one process), then two processes on it: on one
 * Postgres database when a test Postgres is given (as CI does), else on one SQLite file (WAL).
 */
async function startPair<T = void>(
  prepare?: (server: Awaited<ReturnType<typeof startTestServer>>, world: TestWorld) => Promise<T>,
) {
  const database = TEST_POSTGRES_URL ? await createTestDatabase() : null;
  if (database) cleanups.push(() => database.drop());
  const prepared = await startTestServer(database ? { databaseUrl: database.url } : {});
  const world = await createTestWorld(prepared.deps);
  const extra = (await prepare?.(prepared, world)) as T;
  await prepared.close();
  const prefix = testKeyPrefix();
  const env = {
    ...(database ? { ANTECKNA_DATABASE_URL: database.url } : {}),
    ANTECKNA_REDIS_URL: testRedisUrl!,
    ANTECKNA_REDIS_PREFIX: prefix,
    ANTECKNA_LEASE_MS: String(LEASE_MS),
  };
  cleanups.push(() => deleteTestKeys(testRedisUrl!, prefix));
  const start = async () => {
    const server = await startChildServer(prepared.dataDir, env);
    cleanups.push(async () => {
      server.child.kill('SIGKILL');
      await server.exited;
    });
    return server;
  };
  const [a, b] = [await start(), await start()];
  return { world, a, b, start, extra };
}

type Who = keyof TestWorld['users'];

async function join(server: ChildServer, world: TestWorld, who: Who, doc?: Y.Doc) {
  const cookie = await loginCookie(server.url, world.users[who].email, TEST_PASSWORD);
  const client = connectClient(server.url, world.meetingId, cookie, doc ? { doc } : {});
  cleanups.push(() => client.destroy());
  await waitFor(() => client.provider.synced, `${who} synced at ${server.url}`);
  return Object.assign(client, { cookie });
}

const bodyOf = (client: TestClient, itemId: string) =>
  client.doc.getXmlFragment(`item:${itemId}:body`).toString();
const closedWith = (client: TestClient, code: number) => () =>
  client.closes.some((close) => close.code === code);

if (missingInCi) {
  it('has a Redis to test against in CI (ANTECKNA_TEST_REDIS_URL)', () => {
    throw new Error('ANTECKNA_TEST_REDIS_URL is not set; .ci/run starts a Redis and sets it');
  });
}

describe.skipIf(!testRedisUrl)(
  `two processes on one database and one Redis${redisSkipNote}`,
  () => {
    it('an edit made at one process reaches a client of the other, and presence too, both ways', async () => {
      const { world, a, b } = await startPair();
      const secretary = await join(a, world, 'secretary'); // first: a owns the meeting
      const presenter = await join(b, world, 'presenter1'); // relayed by b to a
      const item = world.items.item1;

      writeParagraph(presenter.doc, `item:${item}:body`, 'Skrivet hos B');
      await waitFor(() => bodyOf(secretary, item).includes('Skrivet hos B'), 'edit from b at a');
      writeParagraph(secretary.doc, `item:${item}:body`, 'Skrivet hos A');
      await waitFor(() => bodyOf(presenter, item).includes('Skrivet hos A'), 'edit from a at b');

      presenter.provider.awareness.setLocalStateField('cursor', { at: 3 });
      await waitFor(
        () => secretary.provider.awareness.getStates().has(presenter.doc.clientID),
        'presence from b at a',
      );
      secretary.provider.awareness.setLocalStateField('cursor', { at: 1 });
      await waitFor(
        () => presenter.provider.awareness.getStates().has(secretary.doc.clientID),
        'presence from a at b',
      );
      // A third client, at the relaying process, loads both from the owner.
      const member = await join(b, world, 'member');
      await waitFor(
        () => ['Skrivet hos A', 'Skrivet hos B'].every((t) => bodyOf(member, item).includes(t)),
        'both edits at a new client',
      );
      expect(a.output()).toMatch(new RegExp(`lease taken: meeting ${world.meetingId}`));
      expect(b.output()).not.toMatch(/lease taken/);
    });

    it('a forbidden edit at either process is refused and reaches no one', async () => {
      const { world, a, b } = await startPair();
      const secretary = await join(a, world, 'secretary');
      const watcher = await join(b, world, 'presenter2');
      // At the relaying process: presenter1 writes presenter2's item.
      const intruder = await join(b, world, 'presenter1');
      writeParagraph(intruder.doc, `item:${world.items.item2}:body`, 'INTRÅNG VIA B');
      await waitFor(closedWith(intruder, CloseCode.Forbidden.code), 'refusal at b');
      // At the owner: a member (read only) writes an item.
      const member = await join(a, world, 'member');
      writeParagraph(member.doc, `item:${world.items.item1}:body`, 'INTRÅNG VIA A');
      await waitFor(closedWith(member, CloseCode.Forbidden.code), 'refusal at a');

      // An allowed edit after both shows that everything before it has been decided and sent.
      writeParagraph(secretary.doc, `item:${world.items.item1}:body`, 'Tillåtet');
      for (const client of [secretary, watcher]) {
        await waitFor(() => bodyOf(client, world.items.item1).includes('Tillåtet'), 'allowed edit');
      }
      const fresh = await join(b, world, 'secretary');
      for (const client of [secretary, watcher, fresh]) {
        for (const item of [world.items.item1, world.items.item2])
          expect(bodyOf(client, item)).not.toMatch(/INTRÅNG/);
      }
    });

    it('a phase move over HTTP at one process refuses the next write at the other at once', async () => {
      const { world, a, b } = await startPair();
      await join(a, world, 'secretary'); // a owns the meeting
      const atOwner = await join(a, world, 'presenter2');
      const relayed = await join(b, world, 'presenter1');
      writeParagraph(relayed.doc, `item:${world.items.item1}:body`, 'Före');
      await waitFor(() => bodyOf(atOwner, world.items.item1).includes('Före'), 'edit before');

      // At b, which does not own the meeting.
      const secretaryAtB = apiClient(
        b.url,
        await loginCookie(b.url, world.users.secretary.email, TEST_PASSWORD),
      );
      const moved = await secretaryAtB.post(`/api/meetings/${world.meetingId}/phase`, {
        to: 'live',
      });
      expect(moved.status).toBe(200);

      // Presenters write only in preparation: refused at the owner's gate, through either process.
      writeParagraph(relayed.doc, `item:${world.items.item1}:body`, 'EFTER FLYTT VIA B');
      writeParagraph(atOwner.doc, `item:${world.items.item2}:body`, 'EFTER FLYTT VIA A');
      await waitFor(closedWith(relayed, CloseCode.Forbidden.code), 'refusal at b');
      await waitFor(closedWith(atOwner, CloseCode.Forbidden.code), 'refusal at a');
      const fresh = await join(a, world, 'secretary');
      expect(fresh.doc.getMap('meeting').get('phase')).toBe('live');
      expect(bodyOf(fresh, world.items.item1)).toContain('Före');
      expect(bodyOf(fresh, world.items.item1) + bodyOf(fresh, world.items.item2)).not.toMatch(
        /EFTER FLYTT/,
      );
    });

    it('a lock (approval) over HTTP at one process refuses the next write at the other at once', async () => {
      const {
        world,
        a,
        b,
        extra: circulated,
      } = await startPair(async (server, world) => {
        const api = apiClient(
          server.url,
          await loginCookie(server.url, world.users.secretary.email, TEST_PASSWORD),
        );
        return circulatedMeeting(server.deps, api, world.bodyId, '2027-03-11');
      });
      const open = async (server: ChildServer) => {
        const cookie = await loginCookie(server.url, world.users.secretary.email, TEST_PASSWORD);
        const client = connectClient(server.url, circulated, cookie);
        cleanups.push(() => client.destroy());
        await waitFor(() => client.provider.synced, 'synced');
        return Object.assign(client, { cookie });
      };
      const atOwner = await open(a); // a owns the circulated minutes
      const relayed = await open(b);
      const firstItem = (atOwner.doc.getArray('agenda').get(0) as Y.Map<unknown>).get('id');
      const body = `item:${firstItem as string}:body`;
      // The secretary may still correct circulated minutes: both reach the owner.
      writeParagraph(relayed.doc, body, 'Rättelse före låsning');
      await waitFor(
        () => atOwner.doc.getXmlFragment(body).toString().includes('Rättelse'),
        'a correction before the lock',
      );

      // Approved at the next meeting, created and approved at b, which does not own the minutes.
      await approveAtNextMeeting(apiClient(b.url, relayed.cookie), world.bodyId, '2027-04-08');

      writeParagraph(atOwner.doc, body, 'EFTER LÅSNING VIA A');
      writeParagraph(relayed.doc, body, 'EFTER LÅSNING VIA B');
      await waitFor(closedWith(atOwner, CloseCode.Locked.code), 'locked at a');
      await waitFor(closedWith(relayed, CloseCode.Locked.code), 'locked at b');
      const seal = await apiClient(a.url, atOwner.cookie).get(`/api/meetings/${circulated}/seal`);
      expect(seal.json.verified).toBe(true);
      expect([a.child.exitCode, b.child.exitCode]).toEqual([null, null]);
    });

    it('kill -9 of the owner loses nothing acknowledged; its clients reconnect to the other, which takes over from the log', async () => {
      const { world, a, b } = await startPair();
      const item = world.items.item1;
      const secretary = await join(a, world, 'secretary'); // a owns the meeting
      const presenter = await join(b, world, 'presenter1');
      for (let i = 0; i < 20; i++) {
        writeParagraph(secretary.doc, `item:${item}:body`, `[a-${i}]`);
        writeParagraph(presenter.doc, `item:${item}:body`, `[b-${i}]`);
      }
      // Acknowledged: each has seen the other's last edit, which the owner broadcasts only after
      // committing it.
      await waitFor(() => bodyOf(presenter, item).includes('[a-19]'), 'a edits at b');
      await waitFor(() => bodyOf(secretary, item).includes('[b-19]'), 'b edits at a');
      const acknowledged = [...Array(20).keys()].flatMap((i) => [`[a-${i}]`, `[b-${i}]`]);

      // Typed just before the crash: perhaps never acknowledged, but kept by the client.
      for (let i = 20; i < 25; i++) writeParagraph(secretary.doc, `item:${item}:body`, `[a-${i}]`);
      a.child.kill('SIGKILL');
      await a.exited;
      // The secretary's client reconnects elsewhere with its document; the presenter's socket at
      // b is closed as moved once the lease has expired, and the stock client reconnects.
      secretary.provider.destroy();
      const secretaryAgain = await join(b, world, 'secretary', secretary.doc);
      await waitFor(
        () => b.output().includes(`lease taken: meeting ${world.meetingId}`),
        'b takes the meeting over',
      );
      await waitFor(closedWith(presenter, CloseCode.MeetingMoved.code), 'relayed socket moved');
      await waitFor(
        () => presenter.provider.synced && presenter.provider.wsconnected,
        'reconnected',
      );
      for (const text of acknowledged) expect(bodyOf(secretaryAgain, item)).toContain(text);
      const kept = [20, 21, 22, 23, 24].map((i) => `[a-${i}]`);
      await waitFor(
        () => kept.every((text) => bodyOf(presenter, item).includes(text)),
        'the edits the client kept, resent after the take-over',
      );
      const fresh = await join(b, world, 'member');
      for (const text of [...acknowledged, ...kept]) expect(bodyOf(fresh, item)).toContain(text);

      writeParagraph(secretaryAgain.doc, `item:${item}:body`, 'Efter övertagandet');
      await waitFor(() => bodyOf(presenter, item).includes('Efter övertagandet'), 'new edit');
    });

    it('a graceful shutdown hands the meeting over at once, with a transient close', async () => {
      const { world, a, b } = await startPair();
      const secretary = await join(a, world, 'secretary');
      const presenter = await join(b, world, 'presenter1');
      a.child.kill('SIGTERM');
      await a.exited;
      expect(a.output()).toMatch(new RegExp(`lease given back: meeting ${world.meetingId}`));
      await waitFor(closedWith(secretary, CloseCode.GoingAway.code), 'owner socket closed');
      // The relayed socket hears a's going away, or b's own lease check sees the lease given back
      // first (a loaded machine decides which): both are transient, the client comes back.
      await waitFor(
        () =>
          closedWith(presenter, CloseCode.GoingAway.code)() ||
          closedWith(presenter, CloseCode.MeetingMoved.code)(),
        'relayed socket closed',
      );
      // The stock client at b reconnects; b takes the lease at once (it was given back).
      await waitFor(() => presenter.provider.wsconnected && presenter.provider.synced, 'reconnect');
      expect(b.output()).toMatch(new RegExp(`lease taken: meeting ${world.meetingId}`));
    });

    it('a logout at one process closes the session’s socket at the other', async () => {
      const { world, a, b } = await startPair();
      await join(a, world, 'secretary');
      const presenter = await join(b, world, 'presenter1');
      const atOwner = await join(a, world, 'presenter1');
      const logout = await apiClient(a.url, presenter.cookie).post('/api/auth/logout');
      expect(logout.status).toBe(204);
      await waitFor(closedWith(presenter, CloseCode.SessionEnded.code), 'closed at b');
      expect(atOwner.closes).toEqual([]);
    });

    it('the login throttle counts failures across both processes', async () => {
      const { world, a, b } = await startPair();
      const fail = (server: ChildServer) =>
        fetch(`${server.url}/api/auth/login`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ email: world.users.member.email, password: 'fel-lösenord' }),
        });
      // Five free failures per account and address, then a wait: three at each process.
      for (const server of [a, b, a, b, a]) expect((await fail(server)).status).toBe(401);
      expect((await fail(b)).status).toBe(401);
      const throttled = await fail(a);
      expect(throttled.status).toBe(429);
      expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    });
  },
);
