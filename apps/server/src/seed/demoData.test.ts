import { describe, expect, it } from 'vitest';
import { apiClient } from '../testing/api.ts';
import { loginCookie, startTestServer } from '../testing/testServer.ts';
import { DEMO_PASSWORD, seedDemoData } from './demoData.ts';
import { useCleanups } from '../testing/useCleanups.ts';

const cleanups = useCleanups();

describe('the demo data', () => {
  it('shows next year’s planned meetings, tasks with due dates, one done, a forward with a date taken up by Välfärdsrådet, and an elected chair with a term', async () => {
    const { server, secretary } = await seeded();
    const me = await secretary.get('/api/me');
    const lchnv = me.json.memberships.find(
      (m: { bodyShortName: string }) => m.bodyShortName === 'LCHNV',
    ).bodyId;
    const { tasks } = (await secretary.get(`/api/bodies/${lchnv}/tasks`)).json;
    expect(tasks).toContainEqual(
      expect.objectContaining({ kind: 'task', due: '2026-10-22', status: 'done' }),
    );
    expect(tasks).toContainEqual(
      expect.objectContaining({ kind: 'task', target: 'Birgitta Sandell', due: '2027-02-11' }),
    );
    expect(tasks).toContainEqual(
      expect.objectContaining({
        kind: 'forward',
        target: 'Välfärdsrådet',
        due: '2027-01-31',
        takenUp: expect.objectContaining({
          bodyName: 'Välfärdsrådet Dalarna',
          meetingDate: '2026-11-19',
        }),
      }),
    );
    const planned = (await secretary.get('/api/meetings')).json.meetings.filter(
      (m: { phase: string }) => m.phase === 'planned',
    );
    expect(planned.map((m: { date: string }) => m.date)).toEqual([
      '2027-02-11',
      '2027-04-15',
      '2027-06-10',
    ]);
    // An elected chair with a term (SPEC rule V6), and next year's chair and vice chair.
    // A day before the real one, so the session made now stays valid.
    server.deps.now = () => new Date('2026-12-04T10:00:00Z');
    const { roles } = (await secretary.get(`/api/bodies/${lchnv}/roles`)).json;
    expect(roles).toEqual([
      expect.objectContaining({
        role: 'ordförande',
        name: 'Camilla Sjö',
        termFrom: '2027-01-01',
        status: 'coming',
      }),
      expect.objectContaining({
        role: 'ordförande',
        name: 'Birgitta Sandell',
        personId: expect.any(String),
        termFrom: '2026-10-22',
        termTo: '2026-12-31',
        status: 'current',
        meetingDate: '2026-10-22',
      }),
      expect.objectContaining({
        role: 'vice ordförande',
        name: 'Magnus Lövgren',
        status: 'coming',
      }),
    ]);
    // Searchable at once: the seed brings the index up to date before the server answers.
    const found = await secretary.get('/api/search?q=bemanningsl%C3%A4ge');
    expect(found.json.hits).toHaveLength(1);
    expect(tasks).toContainEqual(
      expect.objectContaining({ kind: 'task', due: '2027-02-11', status: 'open' }),
    );
  });

  it('records Avesta’s part-time attendance in the locked minutes as data, said "under punkt 5" in the export', async () => {
    const { secretary, meetings } = await seeded();
    const locked = meetings.find((m: { phase: string }) => m.phase === 'locked');
    const { minutes } = (await secretary.get(`/api/meetings/${locked.id}`)).json;
    const item5 = minutes.items.find((item: { number: string }) => item.number === '5');
    const avesta = minutes.attendance
      .find((group: { organisation: string }) => group.organisation === 'Avesta')
      .people.find((person: { name: string }) => person.name === 'Helena Ek');
    expect(avesta).toMatchObject({ status: 'present', fromItem: item5.id, untilItem: item5.id });
    expect(minutes.approval.addendum).toBeNull();
    const markdown = new TextDecoder().decode(
      await secretary.bytes(`/api/meetings/${locked.id}/export.md`),
    );
    expect(markdown).toMatch(/Helena Ek[^\n]*närvarande under punkt 5/);
    expect((await secretary.get(`/api/meetings/${locked.id}/seal`)).json.verified).toBe(true);
  });

  it('gives the meeting in preparation a förmöte and the calendar section of next year’s planned meetings', async () => {
    const { secretary, meetings } = await seeded();
    const december = meetings.find((m: { phase: string }) => m.phase === 'preparation');
    const { minutes } = (await secretary.get(`/api/meetings/${december.id}`)).json;
    expect(minutes.meeting.secondSession).toEqual({
      label: 'Förmöte kommuner och region',
      date: '2026-12-10',
      startTime: '08.30',
      endTime: '09.30',
      place: 'Lilla mötesrummet, Myntgatan 2, Falun',
    });
    expect(minutes.meeting.upcomingMeetings.map((m: { date: string }) => m.date)).toEqual([
      '2027-02-11',
      '2027-04-15',
      '2027-06-10',
    ]);
    expect(
      minutes.items.find((i: { standing: string }) => i.standing === 'calendar'),
    ).toMatchObject({ title: 'Kommande möten' });
  });
});

/** A server with the demo data, the secretary logged in, and the demo body's meetings. */
async function seeded() {
  const server = await startTestServer();
  cleanups.push(() => server.close());
  await seedDemoData(server.deps);
  const secretary = apiClient(
    server.url,
    await loginCookie(server.url, 'sekreterare@exempel.se', DEMO_PASSWORD),
  );
  const meetings = (await secretary.get('/api/meetings')).json.meetings.filter(
    (m: { bodyShortName: string }) => m.bodyShortName === 'LCHNV',
  );
  return { server, secretary, meetings };
}
