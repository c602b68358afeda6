import { CloseCode } from '@anteckna/domain';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { apiClient } from '../testing/api.ts';
import { connectClient, type TestClient } from '../testing/testClient.ts';
import { loginCookie, startTestServer, waitFor } from '../testing/testServer.ts';
import { SERVER_TESTS_ON_POSTGRES } from '../testing/testPostgres.ts';
import { circulate, circulatedMeeting } from '../testing/minutesContent.ts';
import { createTestWorld, TEST_PASSWORD } from '../testing/testWorld.ts';
import { useCleanups } from '../testing/useCleanups.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;
const cleanups = useCleanups();

async function setup(dataDir?: string) {
  const server = await startTestServer({}, dataDir);
  let closed = false;
  cleanups.push(() => (closed ? undefined : server.close()));
  const world = await createTestWorld(server.deps);
  const cookie = await loginCookie(server.url, world.users.secretary.email, TEST_PASSWORD);
  const api = apiClient(server.url, cookie);
  return { server, world, cookie, api, close: async () => ((closed = true), await server.close()) };
}

function client(server: Server, meetingId: string, cookie: string): TestClient {
  const c = connectClient(server.url, meetingId, cookie);
  cleanups.push(() => c.destroy());
  return c;
}

function type(doc: Y.Doc, root: string, text: string) {
  doc.transact(() => {
    const p = new Y.XmlElement('paragraph');
    p.insert(0, [new Y.XmlText(text)]);
    doc.getXmlFragment(root).push([p]);
  });
}

describe('the life of a meeting', () => {
  it('goes from preparation to locked through the next meeting, with snapshots, approval and a verified seal', async () => {
    const { server, world, cookie, api } = await setup();
    const created = await api.post('/api/meetings', {
      bodyId: world.bodyId,
      title: 'Nätverksmöte',
      date: '2027-01-14',
    });
    const first = created.json.id as string;
    const detail = await api.get(`/api/meetings/${first}`);
    const itemId =
      detail.json.minutes.items.find((i: { standing: string | null }) => i.standing === null)?.id ??
      detail.json.minutes.items[0].id;

    const secretary = client(server, first, cookie);
    await waitFor(() => secretary.provider.synced, 'synced');
    type(secretary.doc, `item:${itemId}:body`, 'Diskussionen fördes.');
    await server.deps.collab.flush();

    await circulate(server.deps, api, first);
    const snapshots = (await api.get(`/api/meetings/${first}/snapshots`)).json.snapshots;
    expect(snapshots.map((s: { phase: string }) => s.phase).sort()).toEqual(['circulated', 'live']);
    expect(snapshots.find((s: { phase: string }) => s.phase === 'circulated').circulated).toBe(
      true,
    );
    // The history names who took each version, for readers who may not list the body's people.
    expect(snapshots.map((s: { createdByName: string | null }) => s.createdByName)).toEqual([
      'Test secretary',
      'Test secretary',
    ]);
    const one = await api.get(`/api/meetings/${first}/snapshots/${snapshots[0].id}`);
    expect(one.json.snapshot.createdByName).toBe('Test secretary');

    const next = await api.post('/api/meetings', {
      bodyId: world.bodyId,
      title: 'Nätverksmöte',
      date: '2027-02-11',
    });
    const nextDetail = await api.get(`/api/meetings/${next.json.id}`);
    const previousItem = nextDetail.json.minutes.items.find(
      (i: { standing: string }) => i.standing === 'previous_minutes',
    );
    expect(previousItem.approvesMeetingId).toBe(first);

    const approved = await api.post(`/api/meetings/${next.json.id}/approve-previous`, {
      decision: 'approve_with_addendum',
      addendum: 'att punkt 4 kompletteras med Borlänges synpunkter',
    });
    expect(approved.status).toBe(200);
    expect(approved.json.lockedMeetingId).toBe(first);

    const seal = await api.get(`/api/meetings/${first}/seal`);
    expect(seal.status).toBe(200);
    expect(seal.json).toMatchObject({
      sha256: approved.json.sha256,
      previous: null,
      addendum: 'punkt 4 kompletteras med Borlänges synpunkter',
      verified: true,
      approvedByMeetingId: next.json.id,
    });
    const locked = await api.get(`/api/meetings/${first}`);
    expect(locked.json.meeting.phase).toBe('locked');
    expect(locked.json.minutes.approval.addendum).toBe(
      'punkt 4 kompletteras med Borlänges synpunkter',
    );
    const nextAfter = await api.get(`/api/meetings/${next.json.id}`);
    const clause = nextAfter.json.minutes.items.find(
      (i: { standing: string }) => i.standing === 'previous_minutes',
    ).decision[0];
    expect(clause.text).toContain('med tillägget att punkt 4 kompletteras');

    // After the lock, the secretary's own client is refused with Locked.
    type(secretary.doc, `item:${itemId}:body`, 'Ändring efter godkännande');
    await waitFor(() => secretary.closes.length > 0, 'locked close');
    expect(secretary.closes[0]!.code).toBe(CloseCode.Locked.code);
    const after = await api.get(`/api/meetings/${first}`);
    expect(JSON.stringify(after.json.minutes)).not.toContain('Ändring efter godkännande');
    expect((await api.post(`/api/meetings/${first}/phase`, { to: 'live' })).status).toBe(409);
  });

  it('refuses approving minutes that were never circulated, and approving twice', async () => {
    const { server, world, api } = await setup();
    const draft = await api.post('/api/meetings', {
      bodyId: world.bodyId,
      title: 'Utkast',
      date: '2027-01-14',
    });
    await api.post(`/api/meetings/${draft.json.id}/phase`, { to: 'live' });
    const next = await api.post('/api/meetings', {
      bodyId: world.bodyId,
      title: 'Nästa',
      date: '2027-02-11',
    });
    const refused = await api.post(`/api/meetings/${next.json.id}/approve-previous`, {
      decision: 'approve',
    });
    expect(refused.status).toBe(409);
    expect(refused.json.error.id).toBe('no_previous_minutes');

    const circulated = await circulatedMeeting(server.deps, api, world.bodyId, '2027-03-11');
    const approving = await api.post('/api/meetings', {
      bodyId: world.bodyId,
      title: 'Godkännande',
      date: '2027-04-08',
    });
    expect(
      (
        await api.post(`/api/meetings/${approving.json.id}/approve-previous`, {
          decision: 'approve',
        })
      ).status,
    ).toBe(200);
    const twice = await api.post(`/api/meetings/${approving.json.id}/approve-previous`, {
      decision: 'approve',
    });
    expect(twice.status).toBe(409);
    expect(twice.json.error.id).toBe('minutes_locked');
    expect((await api.get(`/api/meetings/${circulated}/seal`)).json.verified).toBe(true);
  });

  it('lets exactly one of two secretaries approving at once win', async () => {
    const { server, world, api } = await setup();
    await circulatedMeeting(server.deps, api, world.bodyId, '2027-01-14');
    const approving = await api.post('/api/meetings', {
      bodyId: world.bodyId,
      title: 'Godkännande',
      date: '2027-02-11',
    });
    const second = apiClient(
      server.url,
      await loginCookie(server.url, world.users.secretary.email, TEST_PASSWORD),
    );
    const results = await Promise.all([
      api.post(`/api/meetings/${approving.json.id}/approve-previous`, { decision: 'approve' }),
      second.post(`/api/meetings/${approving.json.id}/approve-previous`, {
        decision: 'lay_to_records',
      }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
  });

  // Tampers with the SQLite file through its own client; on Postgres the refusal by the database
  // is tested in db/storageDialects.test.ts.
  it.skipIf(SERVER_TESTS_ON_POSTGRES)(
    'makes the database refuse changes to sealed rows, and reports tampering and a broken chain',
    async () => {
      const { server, world, api } = await setup();
      const first = await circulatedMeeting(server.deps, api, world.bodyId, '2027-01-14');
      const m2 = await api.post('/api/meetings', {
        bodyId: world.bodyId,
        title: 'Två',
        date: '2027-02-11',
      });
      await api.post(`/api/meetings/${m2.json.id}/approve-previous`, { decision: 'approve' });
      await circulate(server.deps, api, m2.json.id as string);
      const m3 = await api.post('/api/meetings', {
        bodyId: world.bodyId,
        title: 'Tre',
        date: '2027-03-11',
      });
      await api.post(`/api/meetings/${m3.json.id}/approve-previous`, { decision: 'approve' });
      const second = m2.json.id as string;
      expect((await api.get(`/api/meetings/${second}/seal`)).json).toMatchObject({
        verified: true,
        previous: (await api.get(`/api/meetings/${first}/seal`)).json.sha256,
      });

      const sqlite = server.deps.db.$client;
      expect(() =>
        sqlite.prepare("update seals set sha256 = 'x' where meeting_id = ?").run(first),
      ).toThrow(/immutable/);
      expect(() => sqlite.prepare('delete from seals where meeting_id = ?').run(first)).toThrow(
        /immutable/,
      );
      expect(() => sqlite.prepare("update snapshots set label = 'x'").run()).toThrow(/immutable/);
      expect(() =>
        sqlite
          .prepare('insert into doc_updates (meeting_id, "update") values (?, x\'00\')')
          .run(first),
      ).toThrow(/locked/);

      // An attacker with the file removes the trigger and edits the first minutes' final snapshot.
      sqlite.exec('drop trigger snapshots_no_update');
      const tampered = new Y.Doc();
      const row = sqlite
        .prepare(
          'select s.id, s.state from snapshots s join seals x on x.snapshot_id = s.id where x.meeting_id = ?',
        )
        .get(first) as { id: string; state: Buffer };
      Y.applyUpdate(tampered, new Uint8Array(row.state));
      tampered.getMap('meeting').set('place', 'Någon annanstans');
      sqlite
        .prepare('update snapshots set state = ? where id = ?')
        .run(Buffer.from(Y.encodeStateAsUpdate(tampered)), row.id);
      const firstSeal = (await api.get(`/api/meetings/${first}/seal`)).json;
      expect(firstSeal.verified).toBe(false);
      expect(firstSeal.contentMatches).toBe(false);
      const secondSeal = (await api.get(`/api/meetings/${second}/seal`)).json;
      expect(secondSeal.chainHolds).toBe(false);
      // The second minutes are as they were locked: only the chain behind them is broken.
      expect(secondSeal.contentMatches).toBe(true);
      expect(secondSeal.problems.join(' ')).toContain(first);
    },
  );

  it('carries a tabled item to the body’s next meeting with a back-reference', async () => {
    const { server, world, cookie, api } = await setup();
    const created = await api.post('/api/meetings', {
      bodyId: world.bodyId,
      title: 'Bordläggning',
      date: '2027-01-14',
    });
    const detail = await api.get(`/api/meetings/${created.json.id}`);
    const any = detail.json.minutes.items.find(
      (i: { standing: string }) => i.standing === 'any_other_business',
    );
    const secretary = client(server, created.json.id, cookie);
    await waitFor(() => secretary.provider.synced, 'synced');
    secretary.doc.transact(() => {
      const clause = new Y.XmlElement('decisionClause');
      clause.setAttribute('clauseType', 'table');
      clause.insert(0, [new Y.XmlText('bordlägga punkten till nästa möte')]);
      secretary.doc.getXmlFragment(`item:${any.id}:decision`).push([clause]);
    });
    await server.deps.collab.flush();
    await api.post(`/api/meetings/${created.json.id}/phase`, { to: 'live' });
    const next = await api.post('/api/meetings', {
      bodyId: world.bodyId,
      title: 'Nästa',
      date: '2027-02-11',
    });
    const items = (await api.get(`/api/meetings/${next.json.id}`)).json.minutes.items;
    const carried = items.find(
      (i: { carriedFrom?: { itemId: string } }) => i.carriedFrom?.itemId === any.id,
    );
    expect(carried).toMatchObject({
      title: 'Övriga frågor',
      carriedFrom: { meetingId: created.json.id },
    });
  });

  it('carries an item forwarded to another body onto that body’s next meeting', async () => {
    const { server, world, cookie, api } = await setup();
    const { bodies, memberships } = await import('../db/schema.ts');
    await server.deps.db.insert(bodies).values({
      id: 'valfard',
      name: 'Välfärdsrådet',
      shortName: 'VR',
      organisation: 'Region Test',
      organisationLines: [],
      memberOrganisations: [],
    });
    await server.deps.db
      .insert(memberships)
      .values({ bodyId: 'valfard', userId: world.users.secretary.id, role: 'secretary' });
    const created = await api.post('/api/meetings', {
      bodyId: world.bodyId,
      title: 'Nätverket',
      date: '2027-01-14',
    });
    const any = (await api.get(`/api/meetings/${created.json.id}`)).json.minutes.items.find(
      (i: { standing: string }) => i.standing === 'any_other_business',
    );
    const secretary = client(server, created.json.id, cookie);
    await waitFor(() => secretary.provider.synced, 'synced');
    secretary.doc.transact(() => {
      const clause = new Y.XmlElement('decisionClause');
      clause.setAttribute('clauseType', 'forward');
      clause.insert(0, [
        new Y.XmlText('ärendet skickas vidare för Välfärdsrådets ställningstagande'),
      ]);
      secretary.doc.getXmlFragment(`item:${any.id}:decision`).push([clause]);
    });
    await server.deps.collab.flush();
    await api.post(`/api/meetings/${created.json.id}/phase`, { to: 'live' });
    const council = await api.post('/api/meetings', {
      bodyId: 'valfard',
      title: 'Rådet',
      date: '2027-02-01',
    });
    const items = (await api.get(`/api/meetings/${council.json.id}`)).json.minutes.items;
    expect(
      items.find((i: { carriedFrom?: { itemId: string } }) => i.carriedFrom?.itemId === any.id),
    ).toMatchObject({ carriedFrom: { meetingId: created.json.id } });
    const again = await api.post('/api/meetings', {
      bodyId: 'valfard',
      title: 'Rådet igen',
      date: '2027-03-01',
    });
    const later = (await api.get(`/api/meetings/${again.json.id}`)).json.minutes.items;
    expect(
      later.some((i: { carriedFrom?: { itemId: string } }) => i.carriedFrom?.itemId === any.id),
    ).toBe(false);
  });
});
