import { describe, expect, it } from 'vitest';
import { circulatedMeeting, writeItem } from '../testing/minutesContent.ts';
import { useWorldServer } from '../testing/worldServer.ts';

const worldServer = useWorldServer();

const year = [
  { date: '2027-02-11', startTime: '09.30', endTime: '12.00', place: 'Lokal Stängslet, Falun' },
  { date: '2027-04-15', place: 'Digitalt via Teams', mode: 'digital' as const },
  { date: '2027-06-10', title: 'Länschefsnätverket, heldag' },
];

describe("the body's year", () => {
  it('creates the planned meetings the secretary enters, and only the secretary', async () => {
    const { world, as } = await worldServer();
    const secretary = await as('secretary');
    const planned = await secretary.post(`/api/bodies/${world.bodyId}/calendar`, {
      meetings: year,
    });
    expect(planned.status).toBe(201);
    expect(planned.json.meetings).toEqual([
      expect.objectContaining({
        date: '2027-02-11',
        phase: 'planned',
        startTime: '09.30',
        endTime: '12.00',
        place: 'Lokal Stängslet, Falun',
        title: 'Test',
      }),
      expect.objectContaining({ date: '2027-04-15', phase: 'planned', mode: 'digital' }),
      expect.objectContaining({ date: '2027-06-10', title: 'Länschefsnätverket, heldag' }),
    ]);
    const listed = (await secretary.get('/api/meetings')).json.meetings;
    expect(listed.filter((m: { phase: string }) => m.phase === 'planned')).toHaveLength(3);

    const member = await as('member');
    const outsider = await as('outsider');
    const path = `/api/bodies/${world.bodyId}/calendar`;
    expect((await member.post(path, { meetings: year })).json.error.id).toBe('not_secretary');
    expect((await outsider.post(path, { meetings: year })).json.error.id).toBe('body_not_found');
  });

  it('refuses an unreal date, a malformed time or an empty year, and creates nothing', async () => {
    const { world, as } = await worldServer();
    const secretary = await as('secretary');
    const path = `/api/bodies/${world.bodyId}/calendar`;
    for (const meetings of [
      [year[0], { date: '2027-02-30' }],
      [{ date: '2027-02-11', startTime: 'nio' }],
      [],
      [{ date: '11 februari' }],
    ]) {
      const refused = await secretary.post(path, { meetings });
      expect(refused.status, JSON.stringify(meetings)).toBe(400);
      expect(refused.json.error.id).toBe('invalid_request');
    }
    const listed = (await secretary.get('/api/meetings')).json.meetings;
    expect(listed.some((m: { phase: string }) => m.phase === 'planned')).toBe(false);
  });

  it('serves the year as a public calendar to subscribe to', async () => {
    const { world, as, anonymous } = await worldServer();
    const secretary = await as('secretary');
    await secretary.post(`/api/bodies/${world.bodyId}/calendar`, { meetings: year });
    const response = await anonymous.get(`/api/public/bodies/${world.bodyId}/calendar.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const ics = (response.json as string).replace(/\r\n[ \t]/g, '');
    // The year's three dates and the test world's meeting in preparation.
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(4);
    expect(ics).toContain('LOCATION:Lokal Stängslet\\, Falun');
    expect(ics).toContain('DTSTART:20270211T083000Z');
    const unknown = await anonymous.get('/api/public/bodies/no-such-body/calendar.ics');
    expect(unknown.status).toBe(404);
    expect(unknown.json.error.id).toBe('body_not_found');
  });

  it('[U4] prepares a planned meeting from what is decided when it goes into preparation', async () => {
    const { server, world, as, indexNow } = await worldServer();
    const secretary = await as('secretary');
    const planned = await secretary.post(`/api/bodies/${world.bodyId}/calendar`, {
      meetings: [{ date: '2020-03-12' }],
    });
    const plannedId = planned.json.meetings[0].id as string;
    // Decided after the year was planned: minutes with a task due before the planned date.
    const earlier = await circulatedMeeting(server.deps, secretary, world.bodyId, '2020-02-13');
    await writeItem(server.deps, earlier, {
      title: 'Uppföljning av avtal',
      decision: [
        {
          type: 'task',
          target: 'RSS',
          text: 'uppdra åt RSS att följa upp avtalet',
          due: '2020-03-01',
        },
      ],
    });
    await indexNow();
    const before = (await secretary.get(`/api/meetings/${plannedId}`)).json.minutes.items;
    expect(before.some((i: { standing: string }) => i.standing === 'follow_up')).toBe(false);
    expect(
      (await secretary.post(`/api/meetings/${plannedId}/phase`, { to: 'preparation' })).status,
    ).toBe(200);
    const items = (await secretary.get(`/api/meetings/${plannedId}`)).json.minutes.items;
    expect(
      items.find((i: { standing: string }) => i.standing === 'previous_minutes'),
    ).toMatchObject({
      approvesMeetingId: earlier,
    });
    expect(items.some((i: { standing: string }) => i.standing === 'follow_up')).toBe(true);
  });
});
