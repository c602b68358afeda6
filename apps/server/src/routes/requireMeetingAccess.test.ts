import { describe, expect, it } from 'vitest';
import type { apiClient } from '../testing/api.ts';
import { useWorldServer } from '../testing/worldServer.ts';

const setup = useWorldServer();

/** Every route below /api/meetings/{id}, with what a caller would send it. */
const meetingRoutes = (id: string, itemId: string) =>
  [
    ['GET', `/api/meetings/${id}`],
    ['GET', `/api/meetings/${id}/people`],
    ['POST', `/api/meetings/${id}/phase`, { to: 'live' }],
    ['GET', `/api/meetings/${id}/snapshots`],
    ['POST', `/api/meetings/${id}/snapshots`, { label: 'Min version' }],
    ['GET', `/api/meetings/${id}/snapshots/current`],
    ['GET', `/api/meetings/${id}/compare?from=current&to=current`],
    ['POST', `/api/meetings/${id}/approve-previous`, { decision: 'approve' }],
    ['GET', `/api/meetings/${id}/seal`],
    ['POST', `/api/meetings/${id}/invitations`, { email: 'gast@exempel.se', itemId }],
    ['GET', `/api/meetings/${id}/attachments/a1`],
    ['GET', `/api/meetings/${id}/export.pdf`],
  ] as const;

async function send(
  client: ReturnType<typeof apiClient>,
  [method, path, body]: readonly [string, string, unknown?],
) {
  return method === 'GET' ? client.get(path) : client.post(path, body);
}

describe('requireMeetingAccess', () => {
  it('answers 401 to a request without a session on every meeting route', async () => {
    const { world, anonymous } = await setup();
    for (const route of meetingRoutes(world.meetingId, world.items.item1)) {
      expect([route[1], (await send(anonymous, route)).status]).toEqual([route[1], 401]);
    }
  });

  it('answers meeting_not_found to a person of another body on every meeting route, whatever the body', async () => {
    const { world, as } = await setup();
    const outsider = await as('outsider');
    for (const route of meetingRoutes(world.meetingId, world.items.item1)) {
      const answer = await send(outsider, route);
      expect([route[1], answer.status, answer.json?.error?.id]).toEqual([
        route[1],
        404,
        'meeting_not_found',
      ]);
    }
    // A malformed body tells an outsider nothing either: the meeting is not found first.
    const probe = await outsider.post(`/api/meetings/${world.meetingId}/phase`, { to: 'nowhere' });
    expect([probe.status, probe.json.error.id]).toEqual([404, 'meeting_not_found']);
  });

  it('answers the same to a meeting that does not exist, and 400 to an id no meeting can have', async () => {
    const { as } = await setup();
    const member = await as('member');
    const missing = await member.get('/api/meetings/no-such-meeting/snapshots');
    expect([missing.status, missing.json.error.id]).toEqual([404, 'meeting_not_found']);
    const tooLong = await member.get(`/api/meetings/${'x'.repeat(65)}/snapshots`);
    expect([tooLong.status, tooLong.json.error.id]).toEqual([400, 'invalid_request']);
  });
});
