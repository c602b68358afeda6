import { afterEach, describe, expect, it } from 'vitest';
import { apiClient } from '../testing/api.ts';
import { loginCookie, startTestServer } from '../testing/testServer.ts';
import { DEMO_PASSWORD, seedDemoData } from './demoData.ts';

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('the demo data', () => {
  it('shows next year’s planned meetings, tasks with due dates, one done, a forward with a date taken up by Välfärdsrådet, and an elected chair with a term', async () => {
    const server = await startTestServer();
    cleanups.push(() => server.close());
    await seedDemoData(server.deps);
    const secretary = apiClient(
      server.url,
      await loginCookie(server.url, 'sekreterare@exempel.se', DEMO_PASSWORD),
    );
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
  });
});
