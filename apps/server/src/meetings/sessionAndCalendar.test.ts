/**
 * A meeting's second time and place (doc-schema SPEC M7) and the calendar section of the minutes
 * (SPEC M8) over HTTP: written by the server into the document, read back from the minutes and
 * from the real exported files.
 */
import { describe, expect, it } from 'vitest';
import { exportedTexts } from '../testing/exportedText.ts';
import { approveAtNextMeeting, circulate } from '../testing/minutesContent.ts';
import { loginCookie } from '../testing/testServer.ts';
import { TEST_PASSWORD } from '../testing/testWorld.ts';
import { useWorldServer } from '../testing/worldServer.ts';

const worldServer = useWorldServer();

const forMote = { label: 'Förmöte', startTime: '8:30', endTime: '09.30', place: 'Lilla salen' };

describe("a meeting's second time and place", () => {
  it('[M7] the secretary adds a förmöte: the minutes hold it and every export prints it', async () => {
    const { server, world, as } = await worldServer();
    const secretary = await as('secretary');
    const created = await secretary.post('/api/meetings', {
      bodyId: world.bodyId,
      title: 'Nätverksmöte',
      date: '2026-12-10',
      startTime: '09.30',
      endTime: '12.00',
      place: 'Landstingshuset',
    });
    const meetingId = created.json.id as string;
    const set = await secretary.post(`/api/meetings/${meetingId}/second-session`, forMote);
    expect(set.status, JSON.stringify(set.json)).toBe(200);
    const expected = {
      label: 'Förmöte',
      date: '2026-12-10',
      startTime: '08.30',
      endTime: '09.30',
      place: 'Lilla salen',
    };
    expect(set.json.secondSession).toEqual(expected);
    const minutes = (await secretary.get(`/api/meetings/${meetingId}`)).json.minutes;
    expect(minutes.meeting.secondSession).toEqual(expected);

    await server.deps.collab.flush();
    const cookie = await loginCookie(server.url, world.users.secretary.email, TEST_PASSWORD);
    const files = await exportedTexts(server.url, meetingId, cookie);
    const line = 'Förmöte: Kl. 08.30–09.30, Lilla salen';
    // Before the meeting's own time, as it comes first in the day.
    expect(files.pdfPages[0]).toContain(`${line} Tid: Kl. 09.30–12.00 Plats: Landstingshuset`);
    expect(files.docx).toContain(line);
    expect(files.html).toContain('<dt>Förmöte</dt><dd>Kl. 08.30–09.30, Lilla salen</dd>');
    expect(files.markdown.replace(/\*\*/g, '')).toContain(line);
  });

  it('[M7] an end before the start or an unreal date is a 400 with its own id, in Swedish too, and changes nothing', async () => {
    const { world, as, server } = await worldServer();
    const secretary = await as('secretary');
    const path = `/api/meetings/${world.meetingId}/second-session`;
    expect((await secretary.post(path, forMote)).status).toBe(200);

    const reversed = await secretary.post(path, {
      ...forMote,
      startTime: '10.00',
      endTime: '09.00',
    });
    expect(reversed.status).toBe(400);
    expect(reversed.json.error.id).toBe('second_session_reversed');
    expect(reversed.json.error.details).toEqual({ from: '10.00', to: '09.00' });

    const unreal = await secretary.post(path, { ...forMote, date: '2026-02-30' });
    expect(unreal.status).toBe(400);
    expect(unreal.json.error).toMatchObject({
      id: 'invalid_second_session',
      details: { field: 'date' },
    });

    const { apiClient } = await import('../testing/api.ts');
    const cookie = await loginCookie(server.url, world.users.secretary.email, TEST_PASSWORD);
    const swedish = await apiClient(server.url, cookie, 'sv').post(path, {
      ...forMote,
      endTime: '25.00',
    });
    expect(swedish.json.error).toMatchObject({
      id: 'invalid_second_session',
      message:
        'Den andra mötestiden behöver en rubrik, ett riktigt datum och tider skrivna som 08.30.',
      details: { field: 'endTime' },
    });
    for (const body of [
      { ...forMote, label: '' },
      { label: 'Förmöte' },
      { ...forMote, startTime: 'nio' },
    ]) {
      expect((await secretary.post(path, body)).status, JSON.stringify(body)).toBe(400);
    }

    const minutes = (await secretary.get(`/api/meetings/${world.meetingId}`)).json.minutes;
    expect(minutes.meeting.secondSession).toMatchObject({ startTime: '08.30', endTime: '09.30' });
  });

  it('[M7] only the secretary may set it, never on locked minutes; removing it leaves the header as it was', async () => {
    const { server, world, as } = await worldServer();
    const secretary = await as('secretary');
    const member = await as('member');
    const outsider = await as('outsider');
    const path = `/api/meetings/${world.meetingId}/second-session`;
    expect((await member.post(path, forMote)).json.error.id).toBe('not_secretary');
    expect((await outsider.post(path, forMote)).json.error.id).toBe('meeting_not_found');

    expect((await secretary.post(path, forMote)).status).toBe(200);
    const removed = await secretary.delete(path);
    expect(removed.status).toBe(200);
    expect(removed.json).toEqual({ secondSession: null });
    const minutes = (await secretary.get(`/api/meetings/${world.meetingId}`)).json.minutes;
    expect('secondSession' in minutes.meeting).toBe(false);

    await circulate(server.deps, secretary, world.meetingId);
    const { lockedMeetingId } = await approveAtNextMeeting(secretary, world.bodyId, '2027-01-14');
    expect(lockedMeetingId).toBe(world.meetingId);
    const refused = await secretary.post(path, forMote);
    expect(refused.status).toBe(409);
    expect(refused.json.error.id).toBe('minutes_locked');
  });
});

describe('the calendar section of the minutes', () => {
  const year = [
    { date: '2027-02-11', startTime: '09.30', endTime: '12.00', place: 'Lokal Stängslet, Falun' },
    { date: '2027-04-15', place: '', mode: 'digital' as const },
  ];

  it('[M8] the body’s planned meetings are listed under "Kommande möten" in the minutes and every export', async () => {
    const { server, world, as } = await worldServer();
    const secretary = await as('secretary');
    expect(
      (await secretary.post(`/api/bodies/${world.bodyId}/calendar`, { meetings: year })).status,
    ).toBe(201);
    const minutes = (await secretary.get(`/api/meetings/${world.meetingId}`)).json.minutes;
    expect(minutes.meeting.upcomingMeetings).toEqual([
      {
        date: '2027-02-11',
        startTime: '09.30',
        endTime: '12.00',
        place: 'Lokal Stängslet, Falun',
        mode: 'room',
      },
      { date: '2027-04-15', startTime: '09.00', endTime: '12.00', place: '', mode: 'digital' },
    ]);
    const item = minutes.items.find((i: { standing: string }) => i.standing === 'calendar');
    expect(item).toMatchObject({ title: 'Kommande möten', kind: 'information' });

    await server.deps.collab.flush();
    const cookie = await loginCookie(server.url, world.users.secretary.email, TEST_PASSWORD);
    const files = await exportedTexts(server.url, world.meetingId, cookie);
    const first = '11 februari 2027, kl. 09.30–12.00, Lokal Stängslet, Falun';
    const second = '15 april 2027, kl. 09.00–12.00, Digitalt';
    const pdf = files.pdfPages.join(' ');
    for (const text of [pdf, files.docx, files.html, files.markdown]) {
      expect(text).toContain(first);
      expect(text).toContain(second);
    }
    expect(pdf.indexOf(first)).toBeGreaterThan(pdf.indexOf('Kommande möten'));
  });

  it('[M8] a date added later reaches minutes still being prepared, never circulated or locked ones', async () => {
    const { server, world, as } = await worldServer();
    const secretary = await as('secretary');
    await secretary.post(`/api/bodies/${world.bodyId}/calendar`, { meetings: [year[0]] });
    await circulate(server.deps, secretary, world.meetingId);
    const { approvingMeetingId } = await approveAtNextMeeting(
      secretary,
      world.bodyId,
      '2027-01-14',
    );
    const listed = async (id: string) =>
      (await secretary.get(`/api/meetings/${id}`)).json.minutes.meeting.upcomingMeetings?.map(
        (m: { date: string }) => m.date,
      );
    expect(await listed(world.meetingId)).toEqual(['2027-02-11']);
    expect(await listed(approvingMeetingId)).toEqual(['2027-02-11']);

    await secretary.post(`/api/bodies/${world.bodyId}/calendar`, { meetings: [year[1]] });
    // The locked minutes keep the list they were approved with, in the document and the export.
    expect(await listed(world.meetingId)).toEqual(['2027-02-11']);
    expect(await listed(approvingMeetingId)).toEqual(['2027-02-11', '2027-04-15']);
    const cookie = await loginCookie(server.url, world.users.secretary.email, TEST_PASSWORD);
    const locked = await exportedTexts(server.url, world.meetingId, cookie);
    expect(locked.markdown).toContain('11 februari 2027');
    expect(locked.markdown).not.toContain('15 april 2027');
    const seal = await secretary.get(`/api/meetings/${world.meetingId}/seal`);
    expect(seal.json.verified).toBe(true);
  });

  it('[M8] a planned meeting lists the calendar once it goes into preparation', async () => {
    const { world, as } = await worldServer();
    const secretary = await as('secretary');
    const planned = await secretary.post(`/api/bodies/${world.bodyId}/calendar`, {
      meetings: year,
    });
    const first = planned.json.meetings[0].id as string;
    const before = (await secretary.get(`/api/meetings/${first}`)).json.minutes.meeting;
    expect(before.upcomingMeetings).toBeUndefined();
    await secretary.post(`/api/meetings/${first}/phase`, { to: 'preparation' });
    const after = (await secretary.get(`/api/meetings/${first}`)).json.minutes.meeting;
    expect(after.upcomingMeetings.map((m: { date: string }) => m.date)).toEqual(['2027-04-15']);
    // Still a coming meeting for the minutes before it, now that it is being prepared.
    const earlier = (await secretary.get(`/api/meetings/${world.meetingId}`)).json.minutes.meeting;
    expect(earlier.upcomingMeetings.map((m: { date: string }) => m.date)).toEqual([
      '2027-02-11',
      '2027-04-15',
    ]);
  });

  it('[M8] a body that only creates its next meeting, with no calendar, gets no section', async () => {
    const { world, as } = await worldServer();
    const secretary = await as('secretary');
    const created = await secretary.post('/api/meetings', {
      bodyId: world.bodyId,
      title: 'Nästa möte',
      date: '2027-01-14',
    });
    expect(created.status).toBe(201);
    const minutes = (await secretary.get(`/api/meetings/${world.meetingId}`)).json.minutes;
    expect(minutes.meeting.upcomingMeetings).toBeUndefined();
    expect(minutes.items.some((i: { standing: string }) => i.standing === 'calendar')).toBe(false);
  });
});
