import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { eq } from 'drizzle-orm';
import {
  buildSeed001Doc,
  buildSeed002Doc,
  checkMinutes,
  COUNTY_NETWORK_ALIAS,
  COUNTY_NETWORK_BODY,
  COUNTY_NETWORK_CONTEXT,
  COUNTY_NETWORK_ORGANISATIONS,
  PLANTED_MISTAKES,
  readMinutes,
  WELFARE_COUNCIL_BODY,
} from '@anteckna/doc-schema';
import type { Phase } from '@anteckna/domain';
import { hashPassword } from '../auth/password.ts';
import { bodies, checkAcknowledgements, meetings, memberships, users } from '../db/schema.ts';
import { apiClient } from '../testing/api.ts';
import { loginCookie, startTestServer } from '../testing/testServer.ts';
import { useCleanups } from '../testing/useCleanups.ts';

const PASSWORD = 'check-password-123';
const cleanups = useCleanups();

/**
 * The county network of the fixtures as the server knows it: the body with its member
 * organisations, its registered alias, and the welfare council as another body. A secretary, and
 * an outsider who belongs to no body.
 */
async function countyServer() {
  const server = await startTestServer();
  cleanups.push(() => server.close());
  const { db } = server.deps;
  const passwordHash = await hashPassword(PASSWORD);
  const person = async (key: string) => {
    const user = { id: randomUUID(), email: `${key}@check.exempel.se`, name: `Test ${key}` };
    await db.insert(users).values({ ...user, passwordHash });
    return user;
  };
  const secretary = await person('secretary');
  const member = await person('member');
  const outsider = await person('outsider');
  const bodyId = randomUUID();
  for (const [id, name, shortName] of [
    [bodyId, COUNTY_NETWORK_BODY.bodyName, COUNTY_NETWORK_BODY.bodyShortName],
    [randomUUID(), WELFARE_COUNCIL_BODY.name, WELFARE_COUNCIL_BODY.shortName],
  ] as const) {
    await db.insert(bodies).values({
      id,
      name,
      shortName,
      organisation: 'Region Dalarna',
      organisationLines: [],
      memberOrganisations: [...COUNTY_NETWORK_ORGANISATIONS],
    });
  }
  await db.insert(memberships).values({ bodyId, userId: secretary.id, role: 'secretary' });
  await db.insert(memberships).values({ bodyId, userId: member.id, role: 'member' });
  const login = async (email: string, language?: string) => {
    const cookie = await loginCookie(server.url, email, PASSWORD);
    return apiClient(server.url, cookie, language);
  };
  const api = await login(secretary.email);
  expect(
    (await api.post(`/api/bodies/${bodyId}/aliases`, { alias: COUNTY_NETWORK_ALIAS })).status,
  ).toBe(200);

  /** A meeting of the body holding exactly this document, in this phase. */
  const meetingOf = async (doc: Y.Doc, phase?: Phase) => {
    const model = readMinutes(doc);
    const id = randomUUID();
    await db.insert(meetings).values({
      id,
      bodyId,
      title: model.meeting.title,
      date: model.meeting.date,
      phase: phase ?? model.meeting.phase,
    });
    await server.deps.collab.writeDoc(id, (room) =>
      Y.applyUpdate(room.doc, Y.encodeStateAsUpdate(doc)),
    );
    await server.deps.collab.flush();
    // The registers up to date now: the check reads the body's elections from them (K32).
    await server.deps.search.flush();
    return id;
  };
  const phaseOf = async (id: string) =>
    (await db.select({ phase: meetings.phase }).from(meetings).where(eq(meetings.id, id)))[0]
      ?.phase;
  return { server, db, api, login, bodyId, member, outsider, meetingOf, phaseOf };
}

describe('the mistake check on the server', () => {
  it('[K8] agrees with the pure check on every fixture, in Swedish and in English', async () => {
    const { api, login, meetingOf, bodyId } = await countyServer();
    const english = await login('secretary@check.exempel.se', 'en');
    // What the server knows beside the document includes the body's elections in its other
    // minutes (K32): the fixtures stored before this one.
    const knownElections = async (meetingId: string) =>
      (await api.get(`/api/bodies/${bodyId}/roles`)).json.roles
        .filter((e: { meetingId: string }) => e.meetingId !== meetingId)
        .map(({ role, name, termFrom, termTo, meetingDate }: Record<string, string>) => ({
          role,
          name,
          termFrom,
          ...(termTo ? { termTo } : {}),
          meetingDate,
        }));
    const fixtures = [
      buildSeed001Doc(),
      buildSeed002Doc(),
      buildSeed001Doc({ withMistakes: true }),
      buildSeed002Doc({ withMistakes: true }),
      ...PLANTED_MISTAKES.map((planted) => planted.build()),
    ];
    for (const doc of fixtures) {
      const id = await meetingOf(doc);
      const model = readMinutes(doc);
      const context = { ...COUNTY_NETWORK_CONTEXT, elections: await knownElections(id) };
      const sv = await api.get(`/api/meetings/${id}/check`);
      expect(sv.status).toBe(200);
      expect(sv.json).toEqual({ findings: checkMinutes(model, context) });
      const en = await english.get(`/api/meetings/${id}/check`);
      expect(en.json).toEqual({ findings: checkMinutes(model, { ...context, language: 'en' }) });
    }
    // Every planted mistake is found by the server where it was planted.
    for (const planted of PLANTED_MISTAKES) {
      const id = await meetingOf(planted.build());
      const { findings } = (await api.get(`/api/meetings/${id}/check`)).json;
      expect(findings).toContainEqual(
        expect.objectContaining({ rule: planted.rule, ...planted.expected }),
      );
    }
  });

  it('answers 404 to a session that may not read the meeting, and for a meeting that does not exist', async () => {
    const { login, outsider, meetingOf } = await countyServer();
    const id = await meetingOf(buildSeed001Doc());
    const stranger = await login(outsider.email);
    const refused = await stranger.get(`/api/meetings/${id}/check`);
    expect(refused.status).toBe(404);
    expect(refused.json.error.id).toBe('meeting_not_found');
    expect((await stranger.get(`/api/meetings/${randomUUID()}/check`)).status).toBe(404);
  });

  it('refuses circulation with 409 check_failed and the findings while an error stands; nothing changes', async () => {
    const { api, db, meetingOf, phaseOf } = await countyServer();
    const planted = PLANTED_MISTAKES.find((mistake) => mistake.rule === 'decision_missing')!;
    const id = await meetingOf(planted.build(), 'live');
    const before = (await api.get(`/api/meetings/${id}/snapshots`)).json.snapshots.length;
    const refused = await api.post(`/api/meetings/${id}/phase`, { to: 'circulated' });
    expect(refused.status).toBe(409);
    expect(refused.json.error.id).toBe('check_failed');
    expect(refused.json.findings).toEqual([
      expect.objectContaining({ rule: 'decision_missing', severity: 'error', ...planted.expected }),
    ]);
    // Acknowledging cannot pass an error.
    const forced = await api.post(`/api/meetings/${id}/phase`, {
      to: 'circulated',
      acknowledgedWarnings: ['decision_missing'],
    });
    expect(forced.json.error.id).toBe('check_failed');
    expect(await phaseOf(id)).toBe('live');
    expect((await api.get(`/api/meetings/${id}/snapshots`)).json.snapshots.length).toBe(before);
    expect((await api.get(`/api/meetings/${id}`)).json.minutes.meeting.phase).toBe('live');
    expect(await db.select().from(checkAcknowledgements)).toEqual([]);
    // Other moves are not held by the check.
    expect((await api.post(`/api/meetings/${id}/phase`, { to: 'preparation' })).status).toBe(200);
  });

  it('answers 400 unknown_check_rule for an unknown rule id in an acknowledgement, and moves nothing', async () => {
    const { api, meetingOf, phaseOf } = await countyServer();
    const id = await meetingOf(buildSeed001Doc({ phase: 'live' }));
    for (const body of [
      { to: 'circulated', acknowledgedWarnings: ['no_such_rule'] },
      { to: 'circulated', acknowledgedWarnings: ['constructor'] },
      { to: 'preparation', acknowledgedWarnings: ['person_named_two_ways', 'K1'] },
    ]) {
      const answer = await api.post(`/api/meetings/${id}/phase`, body);
      expect(answer.status).toBe(400);
      expect(answer.json.error.id).toBe('unknown_check_rule');
      expect(answer.json.error.details.rules.length).toBe(1);
    }
    expect(await phaseOf(id)).toBe('live');
  });

  it('circulates with warnings only when they are acknowledged, and records them with the version sent', async () => {
    const { api, db, meetingOf, phaseOf } = await countyServer();
    const doc = buildSeed001Doc({ phase: 'live' });
    doc.getMap('meeting').set('documentDate', '2025-03-01');
    const id = await meetingOf(doc);
    const unacknowledged = await api.post(`/api/meetings/${id}/phase`, { to: 'circulated' });
    expect(unacknowledged.status).toBe(409);
    expect(unacknowledged.json.error.id).toBe('check_warnings_unacknowledged');
    expect(unacknowledged.json.findings.map((f: { rule: string }) => f.rule)).toEqual([
      'document_date_long_after_meeting',
    ]);
    expect(await phaseOf(id)).toBe('live');

    const sent = await api.post(`/api/meetings/${id}/phase`, {
      to: 'circulated',
      acknowledgedWarnings: ['document_date_long_after_meeting'],
    });
    expect(sent.status).toBe(200);
    expect(await phaseOf(id)).toBe('circulated');
    const circulated = (await api.get(`/api/meetings/${id}/snapshots`)).json.snapshots.find(
      (s: { circulated: boolean }) => s.circulated,
    );
    const [record] = await db.select().from(checkAcknowledgements);
    expect(record).toMatchObject({
      meetingId: id,
      snapshotId: circulated.id,
      rules: ['document_date_long_after_meeting'],
    });
    expect(record!.findings).toEqual([
      expect.objectContaining({ rule: 'document_date_long_after_meeting', text: '2025-03-01' }),
    ]);
    // The history lists them with the version that was sent.
    expect(circulated.acknowledgedWarnings).toEqual(record!.findings);
  });

  it('refuses the approval that locks with 409 check_failed while the minutes have an error; nothing changes', async () => {
    const { api, bodyId, meetingOf, phaseOf } = await countyServer();
    const planted = PLANTED_MISTAKES.find((mistake) => mistake.rule === 'item_without_title')!;
    const previous = await meetingOf(planted.build(), 'circulated');
    const next = await api.post('/api/meetings', {
      bodyId,
      title: 'Nästa möte',
      date: '2025-02-13',
    });
    expect(next.status).toBe(201);
    const approvingItem = (await api.get(`/api/meetings/${next.json.id}`)).json.minutes.items.find(
      (item: { standing: string | null }) => item.standing === 'previous_minutes',
    );
    expect(approvingItem.approvesMeetingId).toBe(previous);
    const refused = await api.post(`/api/meetings/${next.json.id}/approve-previous`, {
      decision: 'approve',
    });
    expect(refused.status).toBe(409);
    expect(refused.json.error.id).toBe('check_failed');
    expect(refused.json.findings).toEqual([
      expect.objectContaining({ rule: 'item_without_title', ...planted.expected }),
    ]);
    expect(await phaseOf(previous)).toBe('circulated');
    expect((await api.get(`/api/meetings/${previous}/seal`)).status).toBe(404);
    const after = (await api.get(`/api/meetings/${next.json.id}`)).json.minutes.items.find(
      (item: { id: string }) => item.id === approvingItem.id,
    );
    expect(after.decision).toEqual([]);
    const unknown = await api.post(`/api/meetings/${next.json.id}/approve-previous`, {
      decision: 'approve',
      acknowledgedWarnings: ['nonsense'],
    });
    expect(unknown.status).toBe(400);
    expect(unknown.json.error.id).toBe('unknown_check_rule');
  });

  it('[K2] lets the body’s secretary list, add and remove aliases, which the check then never flags', async () => {
    const { api, login, member, bodyId, meetingOf } = await countyServer();
    const doc = buildSeed001Doc();
    doc.transact(() =>
      doc.getMap('meeting').set('notes', 'Chefsnätverk och Länschefsnätverk möts.'),
    );
    const id = await meetingOf(doc);
    const texts = async () =>
      (await api.get(`/api/meetings/${id}/check`)).json.findings.map(
        (f: { text: string }) => f.text,
      );
    expect(await texts()).toEqual([]);

    const listed = await api.get(`/api/bodies/${bodyId}/aliases`);
    expect(listed.json.aliases.map((a: { alias: string }) => a.alias)).toEqual([
      COUNTY_NETWORK_ALIAS,
    ]);
    const aliasId = listed.json.aliases[0].id as string;
    const removed = await api.delete(`/api/bodies/${bodyId}/aliases/${aliasId}`);
    expect(removed.status).toBe(200);
    expect(removed.json.aliases).toEqual([]);
    expect(await texts()).toEqual(['Länschefsnätverk']);

    const added = await api.post(`/api/bodies/${bodyId}/aliases`, { alias: '  Länschefsnätverk ' });
    expect(added.json.aliases.map((a: { alias: string }) => a.alias)).toEqual(['Länschefsnätverk']);
    expect(await texts()).toEqual([]);
    expect(
      (await api.post(`/api/bodies/${bodyId}/aliases`, { alias: 'länschefsnätverk' })).json.error
        .id,
    ).toBe('alias_exists');
    expect(
      (await api.post(`/api/bodies/${bodyId}/aliases`, { alias: 'Länschefsnätverket' })).json.error
        .id,
    ).toBe('alias_exists');
    expect((await api.post(`/api/bodies/${bodyId}/aliases`, { alias: '   ' })).status).toBe(400);
    expect((await api.delete(`/api/bodies/${bodyId}/aliases/${aliasId}`)).json.error.id).toBe(
      'alias_not_found',
    );

    const asMember = await login(member.email);
    expect(
      (await asMember.post(`/api/bodies/${bodyId}/aliases`, { alias: 'Nätverket' })).json.error.id,
    ).toBe('not_secretary');
    expect((await asMember.get(`/api/bodies/${bodyId}/aliases`)).status).toBe(403);
  });

  it('is in the OpenAPI document', async () => {
    const { api } = await countyServer();
    const paths = (await api.get('/api/openapi.json')).json.paths;
    expect(paths['/api/meetings/{id}/check'].get).toBeDefined();
    expect(paths['/api/bodies/{id}/aliases'].post).toBeDefined();
    expect(paths['/api/bodies/{id}/aliases/{aliasId}'].delete).toBeDefined();
  });
});
