import { describe, expect, it } from 'vitest';
import { startWorldServer } from '../testing/worldServer.ts';
import { useCleanups } from '../testing/useCleanups.ts';

/**
 * Security review findings 7 and 8: `2027-13-45` as a meeting date answered 500 and created the
 * meeting anyway; any non-JSON content type on a JSON route answered 500; NUL, ESC and U+202E
 * were accepted in titles and names. Bad input is a 4xx with an error id and creates nothing.
 */
const cleanups = useCleanups();

async function setUp() {
  const { server, world, cookie, api } = await startWorldServer();
  cleanups.push(() => server.close());
  const meetingCount = async () => (await api.get('/api/meetings')).json.meetings.length as number;
  return { server, world, cookie, api, meetingCount };
}

describe('bad input is a 4xx and creates nothing', () => {
  it('refuses dates that are not on the calendar with 400, creating no meeting', async () => {
    const { world, api, meetingCount } = await setUp();
    const before = await meetingCount();
    for (const date of ['2027-13-45', '2027-02-30', '2027-00-10', '27-01-01']) {
      const response = await api.post('/api/meetings', {
        bodyId: world.bodyId,
        title: 'Möte',
        date,
      });
      expect(response.status, date).toBe(400);
      expect(response.json.error.id).toBe('invalid_request');
    }
    expect(await meetingCount()).toBe(before);
    const ok = await api.post('/api/meetings', {
      bodyId: world.bodyId,
      title: 'Möte',
      date: '2028-02-29',
    });
    expect(ok.status).toBe(201);
  });

  it('answers 415 to a JSON route sent any other content type', async () => {
    const { server, world, cookie, meetingCount } = await setUp();
    const before = await meetingCount();
    const body = JSON.stringify({ bodyId: world.bodyId, title: 'Möte', date: '2027-01-14' });
    for (const type of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'application/xml',
    ]) {
      const response = await fetch(`${server.url}/api/meetings`, {
        method: 'POST',
        headers: { cookie, 'content-type': type },
        body,
      });
      expect(response.status, type).toBe(415);
      expect(((await response.json()) as { error: { id: string } }).error.id).toBe(
        'unsupported_media_type',
      );
    }
    expect(await meetingCount()).toBe(before);
  });

  it('refuses control and bidi-override characters in titles and names with 400', async () => {
    const { world, api, meetingCount } = await setUp();
    const before = await meetingCount();
    for (const title of ['Möte\u0000', 'Möte\u001b[31m', 'Möte \u202Efdp.exe', 'A\u2066B\u2069']) {
      const response = await api.post('/api/meetings', {
        bodyId: world.bodyId,
        title,
        date: '2027-01-14',
      });
      expect(response.status, JSON.stringify(title)).toBe(400);
      expect(response.json.error.id).toBe('invalid_characters');
    }
    expect(await meetingCount()).toBe(before);
    const renamed = await api.patch(`/api/bodies/${world.bodyId}`, { name: 'Nätverket\u202E' });
    expect(renamed.status).toBe(400);
    const snapshot = await api.post(`/api/meetings/${world.meetingId}/snapshots`, {
      label: 'Version\u0007',
    });
    expect(snapshot.status).toBe(400);
    // Line breaks and tabs are text, not controls.
    const fine = await api.post('/api/meetings', {
      bodyId: world.bodyId,
      title: 'Möte\tett',
      date: '2027-01-14',
    });
    expect(fine.status).toBe(201);
  });
});
