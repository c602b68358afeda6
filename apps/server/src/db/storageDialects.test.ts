/**
 * The storage layer on both dialects, from one description: the same repository and integration
 * checks run on SQLite and on Postgres (ANTECKNA_TEST_POSTGRES_URL; each run makes its own
 * database and drops it). Without that setting the Postgres half is skipped with the reason in its
 * name, and on CI (CI=true) its absence fails.
 */
import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createSession, deleteSession, findSession } from '../auth/sessionStore.ts';
import { appendUpdates, compactDoc, loadDoc } from '../collab/updateStore.ts';
import { verifySeal } from '../seal/sealStore.ts';
import { apiClient } from '../testing/api.ts';
import { approveAtNextMeeting, circulatedMeeting, writeItem } from '../testing/minutesContent.ts';
import { createTestDatabase, postgresSkipReason } from '../testing/testPostgres.ts';
import { loginCookie, startTestServer } from '../testing/testServer.ts';
import { createTestWorld, TEST_PASSWORD } from '../testing/testWorld.ts';
import { docUpdates, meetings, seals, snapshots } from './schema.ts';
import { useCleanups } from '../testing/useCleanups.ts';

const postgresSkipped = postgresSkipReason();

const dialects = [
  { name: 'SQLite', skipped: null, start: () => startTestServer({ databaseUrl: undefined }) },
  {
    name: 'Postgres',
    skipped: postgresSkipped,
    async start() {
      const database = await createTestDatabase();
      const server = await startTestServer({ databaseUrl: database.url });
      return {
        ...server,
        async close() {
          await server.close();
          await database.drop();
        },
      };
    },
  },
];

// Skipped with its reason in the name, as every Postgres test is when no test Postgres is named
// (on CI its absence fails: testing/testPostgres.ts).
for (const { name, skipped, start } of dialects)
  describe.skipIf(skipped !== null)(`storage on ${name}${skipped ? ` (${skipped})` : ''}`, () => {
    const cleanups = useCleanups();
    async function setup() {
      const server = await start();
      cleanups.push(() => server.close());
      const world = await createTestWorld(server.deps);
      return { server, world, db: server.deps.db };
    }

    it('appends to the update log, loads state row plus tail, and compacts', async () => {
      const { world, db } = await setup();
      const meetingId = world.meetingId;
      const writer = new Y.Doc();
      const probe = writer.getText('probe');
      const updates: Uint8Array[] = [];
      writer.on('update', (update: Uint8Array) => updates.push(update));
      for (const word of ['ett ', 'två ', 'tre ']) probe.insert(probe.length, word);
      await appendUpdates(
        db,
        updates
          .splice(0)
          .map((update) => ({ meetingId, update, userId: world.users.secretary.id })),
      );
      const before = await loadDoc(db, meetingId);
      expect(before.doc.getText('probe').toString()).toBe('ett två tre ');
      await compactDoc(db, meetingId, Y.encodeStateAsUpdate(before.doc));
      probe.insert(probe.length, 'fyra');
      await appendUpdates(
        db,
        updates.map((update) => ({ meetingId, update, userId: null })),
      );
      const after = await loadDoc(db, meetingId);
      expect(after.doc.getText('probe').toString()).toBe('ett två tre fyra');
      expect(after.tailRows).toBe(1);
      const senders = await db
        .select({ userId: docUpdates.userId })
        .from(docUpdates)
        .where(eq(docUpdates.meetingId, meetingId))
        .orderBy(docUpdates.seq);
      expect(senders.slice(-4).map((row) => row.userId)).toEqual([
        ...Array(3).fill(world.users.secretary.id),
        null,
      ]);
    });

    it('loads a tail of two writers, deletions included, as the document that wrote it holds it', async () => {
      const { world, db } = await setup();
      const meetingId = world.meetingId;
      // What the server's document received, in its order: two people typing into the same
      // text, each building on what the other wrote, with deletions, past a compacted state.
      const live = new Y.Doc();
      const received: Uint8Array[] = [];
      live.on('update', (update: Uint8Array) => received.push(update));
      const anna = new Y.Doc();
      const bo = new Y.Doc();
      const relay = (from: Y.Doc, to: Y.Doc) =>
        Y.applyUpdate(to, Y.encodeStateAsUpdate(from, Y.encodeStateVector(to)));
      anna.getText('probe').insert(0, 'Beslutade: att ');
      relay(anna, live);
      await compactDoc(db, meetingId, Y.encodeStateAsUpdate(live));
      received.length = 0;
      for (let round = 0; round < 20; round++) {
        relay(live, bo);
        bo.getText('probe').insert(bo.getText('probe').length, `punkt ${round}, `);
        if (round % 3 === 0) bo.getText('probe').delete(0, 1);
        relay(bo, live);
        relay(live, anna);
        anna.getText('probe').insert(0, `${round}:`);
        relay(anna, live);
      }
      await appendUpdates(
        db,
        received.map((update) => ({ meetingId, update, userId: null })),
      );

      const loaded = await loadDoc(db, meetingId);
      expect(loaded.tailRows).toBe(received.length);
      expect(loaded.doc.getText('probe').toString()).toBe(live.getText('probe').toString());
      expect(Y.encodeStateVector(loaded.doc)).toEqual(Y.encodeStateVector(live));
    });

    it('creates, finds, expires and deletes sessions', async () => {
      const { world, db } = await setup();
      const now = new Date('2026-12-05T10:00:00.000Z');
      const token = await createSession(db, world.users.member.id, 1, now);
      expect((await findSession(db, token, now))?.user.id).toBe(world.users.member.id);
      expect(await findSession(db, token, new Date('2026-12-05T11:00:01.000Z'))).toBeUndefined();
      await deleteSession(db, token);
      expect(await findSession(db, token, now)).toBeUndefined();
    });

    it('locks minutes with a seal, and the database refuses changes to the locked record', async () => {
      const { server, world, db } = await setup();
      const secretary = apiClient(
        server.url,
        await loginCookie(server.url, world.users.secretary.email, TEST_PASSWORD),
      );
      const circulated = await circulatedMeeting(
        server.deps,
        secretary,
        world.bodyId,
        '2027-01-14',
      );
      const { lockedMeetingId } = await approveAtNextMeeting(secretary, world.bodyId, '2027-02-11');
      expect(lockedMeetingId).toBe(circulated);
      const [meeting] = await db.select().from(meetings).where(eq(meetings.id, circulated));
      expect(meeting?.phase).toBe('locked');
      expect(await verifySeal(db, circulated)).toMatchObject({ matches: true, chainHolds: true });

      await expect(
        db.update(seals).set({ addendum: 'ändrat' }).where(eq(seals.meetingId, circulated)),
      ).rejects.toThrow();
      await expect(
        db.update(meetings).set({ title: 'Ändrad' }).where(eq(meetings.id, circulated)),
      ).rejects.toThrow();
      await expect(
        db.delete(docUpdates).where(eq(docUpdates.meetingId, circulated)),
      ).rejects.toThrow();
      await expect(
        db.delete(snapshots).where(and(eq(snapshots.meetingId, circulated))),
      ).rejects.toThrow();
      await expect(
        db.insert(docUpdates).values({ meetingId: circulated, update: Buffer.from([0, 0]) }),
      ).rejects.toThrow();
      // Other meetings are untouched by the guard.
      await db.update(meetings).set({ place: 'Falun' }).where(eq(meetings.id, world.meetingId));
    });

    it('finds a word typed without diacritics by its prefix, with a highlighted snippet', async () => {
      const { server, world } = await setup();
      await writeItem(server.deps, world.meetingId, {
        title: 'Länsgemensam vattenförsörjning',
        body: 'Förslag om gemensam beredskap för dricksvatten i länet.',
      });
      await server.deps.collab.flush();
      await server.deps.search.flush();
      const member = apiClient(
        server.url,
        await loginCookie(server.url, world.users.member.email, TEST_PASSWORD),
      );
      const found = await member.get(`/api/search?q=${encodeURIComponent('vattenforsor')}`);
      expect(found.status).toBe(200);
      const hit = found.json.hits.find(
        (h: { itemTitle: string }) => h.itemTitle === 'Länsgemensam vattenförsörjning',
      );
      expect(hit).toBeDefined();
      const beredskap = await member.get(`/api/search?q=${encodeURIComponent('bered')}`);
      const parts = beredskap.json.hits[0].snippet as Array<{ text: string; hit: boolean }>;
      expect(parts.filter((part) => part.hit).map((part) => part.text.toLowerCase())).toContain(
        'beredskap',
      );
    });
  });
