import { describe, expect, it } from 'vitest';
import { itemFragment, readAgendaRecords, writeDecisionClauses } from '@anteckna/doc-schema';
import { approveAtNextMeeting, circulate } from '../testing/minutesContent.ts';
import { useRegisterWorld } from '../testing/registerWorld.ts';

const registerWorld = useRegisterWorld();

/** A circulated meeting of 2020-01-14 with two tasks (one due 2020-02-01, one without a date). */
async function setup() {
  const started = await registerWorld();
  const meetingId = await started.circulatedMeeting('2020-01-14');
  const itemId = await started.writeItem(meetingId, {
    title: 'Handlingsplan för suicidprevention',
    decision: [
      { type: 'approve', text: 'godkänna handlingsplanen' },
      {
        type: 'task',
        text: 'uppdra åt RSS Dalarna att följa upp planen',
        target: 'RSS Dalarna',
        due: '2020-02-01',
      },
      { type: 'task', text: 'uppdra åt arbetsgruppen att sprida planen', target: 'arbetsgruppen' },
    ],
  });
  await started.indexNow();
  return { ...started, meetingId, itemId };
}

describe('tasks followed up', () => {
  it('[U3] lists tasks with responsible, due and status open, overdue and done, soonest first', async () => {
    const { world, secretary, meetingId, itemId, today } = await setup();
    today('2020-01-20');
    const before = await secretary.get(`/api/bodies/${world.bodyId}/tasks`);
    expect(before.status).toBe(200);
    expect(before.json.tasks).toEqual([
      expect.objectContaining({
        kind: 'task',
        meetingId,
        meetingDate: '2020-01-14',
        itemId,
        position: 1,
        text: 'uppdra åt RSS Dalarna att följa upp planen',
        target: 'RSS Dalarna',
        due: '2020-02-01',
        status: 'open',
      }),
      expect.objectContaining({ position: 2, status: 'open' }),
    ]);
    expect(before.json.tasks[1].due).toBeUndefined();
    today('2020-02-02');
    const late = await secretary.get(`/api/bodies/${world.bodyId}/tasks`);
    expect(late.json.tasks.map((t: { status: string }) => t.status)).toEqual(['overdue', 'open']);

    const done = await secretary.patch(
      `/api/bodies/${world.bodyId}/tasks/${meetingId}/${itemId}/1`,
      {
        done: true,
      },
    );
    expect(done.status).toBe(200);
    expect(done.json.tasks[0]).toMatchObject({ status: 'done', doneAt: expect.any(String) });
    const reopened = await secretary.patch(
      `/api/bodies/${world.bodyId}/tasks/${meetingId}/${itemId}/1`,
      { done: false },
    );
    expect(reopened.json.tasks[0].status).toBe('overdue');
  });

  it('[U1] moves a date while the minutes are open, refuses one before the meeting, and none once locked', async () => {
    const { world, secretary, meetingId, itemId } = await setup();
    const path = `/api/bodies/${world.bodyId}/tasks/${meetingId}/${itemId}`;
    const moved = await secretary.patch(`${path}/2`, { due: '2020-04-30' });
    expect(moved.status).toBe(200);
    expect(moved.json.tasks.find((t: { position: number }) => t.position === 2).due).toBe(
      '2020-04-30',
    );
    const early = await secretary.patch(`${path}/2`, { due: '2020-01-13' });
    expect(early.status).toBe(400);
    expect(early.json.error.id).toBe('due_before_meeting');
    for (const bad of [{ due: '30 april' }, { due: 20270430 }, { done: 'ja' }]) {
      expect((await secretary.patch(`${path}/2`, bad)).status).toBe(400);
    }
    // Position 0 is an approval, not a task.
    expect((await secretary.patch(`${path}/0`, { done: true })).json.error.id).toBe(
      'task_not_found',
    );
    await approveAtNextMeeting(secretary, world.bodyId, '2020-02-11');
    const locked = await secretary.patch(`${path}/2`, { due: '2020-05-30' });
    expect(locked.status).toBe(409);
    expect(locked.json.error.id).toBe('minutes_locked');
    // Marking done still works: it is kept beside the sealed minutes.
    expect((await secretary.patch(`${path}/2`, { done: true })).status).toBe(200);
  });

  it('lets members read the register but only the secretary follow it up; others get "not found"', async () => {
    const { world, as, meetingId, itemId } = await setup();
    const member = await as('member');
    const outsider = await as('outsider');
    expect((await member.get(`/api/bodies/${world.bodyId}/tasks`)).json.tasks).toHaveLength(2);
    const path = `/api/bodies/${world.bodyId}/tasks/${meetingId}/${itemId}/1`;
    expect((await member.patch(path, { done: true })).json.error.id).toBe('not_secretary');
    for (const response of [
      await outsider.get(`/api/bodies/${world.bodyId}/tasks`),
      await outsider.patch(path, { done: true }),
    ]) {
      expect(response.status).toBe(404);
      expect(response.json.error.id).toBe('body_not_found');
    }
  });

  it('[U4] lists open tasks due by a new meeting under "Uppföljning av uppdrag" on its agenda', async () => {
    const { world, secretary } = await setup();
    const next = await secretary.post('/api/meetings', {
      bodyId: world.bodyId,
      title: 'Nätverksmöte',
      date: '2020-02-11',
    });
    const detail = await secretary.get(`/api/meetings/${next.json.id}`);
    const items = detail.json.minutes.items as Array<{
      standing: string | null;
      title: string;
      body: Array<{ items: Array<Array<{ runs: Array<{ text: string }> }>> }>;
    }>;
    const followUp = items.find((item) => item.standing === 'follow_up')!;
    expect(followUp.title).toBe('Uppföljning av uppdrag');
    expect(followUp.body[0]!.items.map((entry) => entry[0]!.runs[0]!.text)).toEqual([
      'Att uppdra åt RSS Dalarna att följa upp planen (RSS Dalarna, senast 2020-02-01; beslutat 2020-01-14, punkt 4)',
    ]);
    const standings = items.map((item) => item.standing);
    expect(standings.indexOf('follow_up')).toBeLessThan(standings.indexOf('any_other_business'));
    // A meeting before the due date has nothing to follow up.
    const early = await secretary.post('/api/meetings', {
      bodyId: world.bodyId,
      title: 'Extra möte',
      date: '2020-01-28',
    });
    const earlyItems = (await secretary.get(`/api/meetings/${early.json.id}`)).json.minutes.items;
    expect(earlyItems.some((item: { standing: string }) => item.standing === 'follow_up')).toBe(
      false,
    );
  });
});

describe('forwards followed up', () => {
  it('[U3] shows when the receiving body has taken a forward up and what it decided', async () => {
    const { server, world, as, indexNow, secretary, today, circulatedMeeting, writeItem } =
      await setup();
    today('2020-01-25');
    const outsider = await as('outsider');
    const otherBodyId = (await outsider.get('/api/me')).json.memberships[0].bodyId as string;
    const meetingId = await circulatedMeeting('2020-01-20');
    const itemId = await writeItem(meetingId, {
      title: 'Rutin för SIP',
      decision: [
        {
          type: 'forward',
          target: 'Annat organ',
          text: 'rutinen skickas vidare för Annat organs ställningstagande',
          due: '2020-03-01',
        },
      ],
    });
    await indexNow();
    const forward = async () =>
      (
        (await secretary.get(`/api/bodies/${world.bodyId}/tasks`)).json.tasks as Array<{
          itemId: string;
          status: string;
          takenUp?: { bodyName: string; decisions: unknown[] };
        }>
      ).find((t) => t.itemId === itemId)!;
    expect(await forward()).toMatchObject({ kind: 'forward', status: 'open', due: '2020-03-01' });
    expect((await forward()).takenUp).toBeUndefined();

    const received = await outsider.post('/api/meetings', {
      bodyId: otherBodyId,
      title: 'Annat möte',
      date: '2020-02-15',
    });
    const carriedId = (await server.deps.collab.readDoc(received.json.id, (room) =>
      readAgendaRecords(room.doc).find((r) => r.carriedFrom?.itemId === itemId),
    ))!.id;
    await indexNow();
    expect(await forward()).toMatchObject({
      status: 'open',
      takenUp: { bodyName: 'Annat organ', meetingDate: '2020-02-15', decisions: [] },
    });
    await server.deps.collab.writeDoc(received.json.id, (room) =>
      writeDecisionClauses(itemFragment(room.doc, carriedId, 'decision'), [
        { type: 'approve', text: 'anta rutinen för SIP' },
      ]),
    );
    await circulate(server.deps, outsider, received.json.id as string);
    expect(await forward()).toMatchObject({
      status: 'done',
      takenUp: {
        bodyName: 'Annat organ',
        itemId: carriedId,
        decisions: [{ type: 'approve', text: 'anta rutinen för SIP' }],
      },
    });
  });
});
