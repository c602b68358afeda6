import { describe, expect, it } from 'vitest';
import { approveAtNextMeeting } from '../testing/minutesContent.ts';
import { useRegisterWorld } from '../testing/registerWorld.ts';

const registerWorld = useRegisterWorld();

/**
 * Two circulated meetings of the test body: in January a chair for 2020–2021 (a member of the
 * body) and a vice chair with no end; in June a new vice chair from July. "Today" is the
 * server's clock (`deps.now`).
 */
async function setup() {
  const started = await registerWorld();
  const { world, writeItem } = started;
  const january = await started.circulatedMeeting('2020-01-14');
  const januaryItem = await writeItem(january, {
    title: 'Val av ordförande och vice ordförande',
    decision: [
      {
        type: 'elect',
        text: 'välja Anna Berg till ordförande',
        target: 'Anna Berg',
        personId: world.users.member.id,
        role: 'ordförande',
        termFrom: '2020-01-01',
        termTo: '2021-12-31',
      },
      {
        type: 'elect',
        text: 'välja Per Ek, Borlänge, till vice ordförande',
        target: 'Per Ek',
        role: 'vice ordförande',
      },
      { type: 'note', text: 'lägga informationen till handlingarna' },
    ],
  });
  const june = await started.circulatedMeeting('2020-06-10');
  const juneItem = await writeItem(june, {
    title: 'Fyllnadsval av vice ordförande',
    decision: [
      {
        type: 'elect',
        text: 'välja Karin Åberg till vice ordförande från och med 2020-07-01',
        target: 'Karin Åberg',
        role: 'vice ordförande',
        termFrom: '2020-07-01',
      },
    ],
  });
  await started.indexNow();
  return { ...started, january, januaryItem, june, juneItem };
}

/** Eva Björk elected chair for `term` in minutes still being written (the world's meeting). */
async function electChairInPreparation(
  { writeItem, indexNow }: Pick<Awaited<ReturnType<typeof setup>>, 'writeItem' | 'indexNow'>,
  meetingId: string,
  term: { termFrom: string; termTo?: string },
) {
  await writeItem(meetingId, {
    title: 'Val av ordförande',
    decision: [
      {
        type: 'elect',
        text: 'välja Eva Björk till ordförande',
        target: 'Eva Björk',
        role: 'ordförande',
        ...term,
      },
    ],
  });
  await indexNow();
}

const statuses = (roles: Array<{ name: string; status: string }>) =>
  roles.map((r) => [r.name, r.status]);

describe('the register of roles', () => {
  it('[V6] lists each election with person, role, term, status and its meeting and item, chair first', async () => {
    const { world, secretary, january, januaryItem, june, juneItem, today } = await setup();
    today('2020-05-01');
    const spring = await secretary.get(`/api/bodies/${world.bodyId}/roles`);
    expect(spring.status).toBe(200);
    expect(spring.json.roles).toEqual([
      {
        role: 'ordförande',
        name: 'Anna Berg',
        personId: world.users.member.id,
        termFrom: '2020-01-01',
        termTo: '2021-12-31',
        status: 'current',
        meetingId: january,
        meetingDate: '2020-01-14',
        meetingTitle: 'Nätverksmöte',
        phase: 'circulated',
        itemId: januaryItem,
        itemNumber: expect.any(String),
        itemTitle: 'Val av ordförande och vice ordförande',
        position: 0,
        text: 'välja Anna Berg till ordförande',
      },
      expect.objectContaining({
        role: 'vice ordförande',
        name: 'Karin Åberg',
        termFrom: '2020-07-01',
        status: 'coming',
        meetingId: june,
        itemId: juneItem,
      }),
      // No term named: from the meeting's date, until the next election to the role.
      expect.objectContaining({ name: 'Per Ek', termFrom: '2020-01-14', status: 'current' }),
    ]);
    expect(spring.json.roles[2]).not.toHaveProperty('termTo');
    today('2020-08-01');
    const summer = await secretary.get(`/api/bodies/${world.bodyId}/roles`);
    expect(statuses(summer.json.roles)).toEqual([
      ['Anna Berg', 'current'],
      ['Karin Åberg', 'current'],
      ['Per Ek', 'ended'],
    ]);
    today('2022-01-10');
    const later = await secretary.get(`/api/bodies/${world.bodyId}/roles`);
    expect(statuses(later.json.roles)[0]).toEqual(['Anna Berg', 'ended']);
  });

  it('[V6] elections of minutes not yet circulated are not in the register', async () => {
    const { world, secretary, ...started } = await setup();
    await electChairInPreparation(started, world.meetingId, { termFrom: '2022-01-01' });
    const roles = (await secretary.get(`/api/bodies/${world.bodyId}/roles`)).json.roles;
    expect(roles.map((r: { name: string }) => r.name)).not.toContain('Eva Björk');
  });

  it('[K32] the check of other minutes warns of a term overlapping one in the register', async () => {
    const { world, secretary, ...started } = await setup();
    await electChairInPreparation(started, world.meetingId, {
      termFrom: '2021-01-01',
      termTo: '2022-12-31',
    });
    const { findings } = (await secretary.get(`/api/meetings/${world.meetingId}/check`)).json;
    expect(findings).toContainEqual(
      expect.objectContaining({
        rule: 'election_term_overlap',
        severity: 'warning',
        message: expect.stringMatching(
          /^Valet av Eva Björk till ordförande i punkt \S+ överlappar mandatperioden för Anna Berg \(2020-01-01 – 2021-12-31\)\.$/,
        ),
      }),
    );
  });

  it('[V2] the secretary corrects a term; one that ends before it starts is 400 election_term_reversed, in Swedish and English', async () => {
    const { world, as, secretary, january, januaryItem } = await setup();
    const path = `/api/bodies/${world.bodyId}/roles/${january}/${januaryItem}`;
    const moved = await secretary.patch(`${path}/1`, {
      termFrom: '2020-02-01',
      termTo: '2020-12-31',
    });
    expect(moved.status).toBe(200);
    expect(moved.json.roles.find((r: { name: string }) => r.name === 'Per Ek')).toMatchObject({
      termFrom: '2020-02-01',
      termTo: '2020-12-31',
    });
    const reversed = await secretary.patch(`${path}/0`, { termTo: '2019-12-31' });
    expect(reversed.status).toBe(400);
    expect(reversed.json.error.id).toBe('election_term_reversed');
    expect(reversed.json.error.message).toBe('Mandatperioden kan inte sluta innan den börjar.');
    const english = await as('secretary', 'en');
    const inEnglish = await english.patch(`${path}/0`, {
      termFrom: '2022-01-01',
      termTo: '2021-01-01',
    });
    expect(inEnglish.status).toBe(400);
    expect(inEnglish.json.error.id).toBe('election_term_reversed');
    expect(inEnglish.json.error.message).toBe('The term cannot end before it starts.');
    // Nothing changed.
    const after = await secretary.get(`/api/bodies/${world.bodyId}/roles`);
    expect(after.json.roles[0]).toMatchObject({ termFrom: '2020-01-01', termTo: '2021-12-31' });
    for (const bad of [{ termFrom: '1 januari' }, { role: '' }, { termTo: 20201231 }]) {
      const response = await secretary.patch(`${path}/0`, bad);
      expect(response.status, JSON.stringify(bad)).toBe(400);
    }
    // Position 2 is a note, not an election.
    expect((await secretary.patch(`${path}/2`, { role: 'ordförande' })).json.error.id).toBe(
      'election_not_found',
    );
  });

  it('refuses correcting a term once the minutes are locked', async () => {
    const { world, secretary, january, januaryItem } = await setup();
    await approveAtNextMeeting(secretary, world.bodyId, '2020-02-11');
    const locked = await secretary.patch(
      `/api/bodies/${world.bodyId}/roles/${january}/${januaryItem}/0`,
      { termTo: '2022-12-31' },
    );
    expect(locked.status).toBe(409);
    expect(locked.json.error.id).toBe('minutes_locked');
  });

  it('lets members read the register but only the secretary correct it; others get "not found"', async () => {
    const { world, as, january, januaryItem } = await setup();
    const member = await as('member');
    const outsider = await as('outsider');
    expect((await member.get(`/api/bodies/${world.bodyId}/roles`)).json.roles).toHaveLength(3);
    const path = `/api/bodies/${world.bodyId}/roles/${january}/${januaryItem}/0`;
    expect((await member.patch(path, { termTo: '2022-12-31' })).json.error.id).toBe(
      'not_secretary',
    );
    for (const response of [
      await outsider.get(`/api/bodies/${world.bodyId}/roles`),
      await outsider.patch(path, { termTo: '2022-12-31' }),
    ]) {
      expect(response.status).toBe(404);
      expect(response.json.error.id).toBe('body_not_found');
    }
  });
});
