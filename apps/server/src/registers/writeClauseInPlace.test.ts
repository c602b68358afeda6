import { describe, expect, it } from 'vitest';
import type { DecisionClause } from '@anteckna/doc-schema';
import { decisionNow, rewriteDecision } from '../testing/minutesContent.ts';
import { useRegisterWorld } from '../testing/registerWorld.ts';

const registerWorld = useRegisterWorld();

/** A task given to `target`. */
const task = (target: string, text: string): DecisionClause => ({
  type: 'task',
  text: `uppdra åt ${target} att ${text}`,
  target,
});
/** `target` elected to `role`. */
const elect = (target: string, role: string): DecisionClause => ({
  type: 'elect',
  text: `välja ${target} till ${role}`,
  target,
  role,
});

const APPROVE: DecisionClause = { type: 'approve', text: 'godkänna handlingsplanen' };
const FOLLOW = task('RSS Dalarna', 'följa upp planen');
const SPREAD = task('arbetsgruppen', 'sprida planen');
const BOOK = task('kansliet', 'boka lokal');
const CHAIR = elect('Anna Berg', 'ordförande');
const VICE = elect('Per Ek', 'vice ordförande');

/**
 * Circulated minutes of 2020-01-14 (still open to corrections) with an item deciding `clauses`,
 * in the registers; the secretary's PATCH of a clause as the register showed it at `position`.
 */
async function setup(clauses: DecisionClause[]) {
  const started = await registerWorld();
  const { world, secretary, writeItem, indexNow } = started;
  started.today('2020-01-20');
  const meetingId = await started.circulatedMeeting('2020-01-14');
  const itemId = await writeItem(meetingId, { title: 'Handlingsplan', decision: clauses });
  await indexNow();
  const deps = started.server.deps;
  const clausePath = (register: 'tasks' | 'roles', position: number) =>
    `/api/bodies/${world.bodyId}/${register}/${meetingId}/${itemId}/${position}`;
  return {
    ...started,
    meetingId,
    itemId,
    /** The register as the secretary's page reads it. */
    register: async (register: 'tasks' | 'roles') =>
      (await secretary.get(`/api/bodies/${world.bodyId}/${register}`)).json[register] as Array<{
        position: number;
        text: string;
        status: string;
        due?: string;
        termFrom: string;
      }>,
    /** The clause the register showed changed from it: its address and its words. */
    change: (
      register: 'tasks' | 'roles',
      shown: { position: number; text: string },
      body: object,
    ) => secretary.patch(clausePath(register, shown.position), { ...body, text: shown.text }),
    /** The minutes rewritten in the live document after the register was read. */
    edit: (now: DecisionClause[]) => rewriteDecision(deps, meetingId, itemId, now),
    decision: () => decisionNow(deps, meetingId, itemId),
  };
}

describe('a register writes into the clause its row describes', () => {
  it('[W6] a clause inserted before a task after the register was read: its date and its done mark land on that task', async () => {
    const { register, change, edit, decision, indexNow } = await setup([APPROVE, FOLLOW, SPREAD]);
    const shown = (await register('tasks')).find((task) => task.text === FOLLOW.text)!;
    expect(shown.position).toBe(1);
    // The register still says position 1, where the new task now stands.
    await edit([APPROVE, BOOK, FOLLOW, SPREAD]);

    const dated = await change('tasks', shown, { due: '2020-03-01' });
    expect(dated.status, JSON.stringify(dated.json)).toBe(200);
    expect(await decision()).toEqual([APPROVE, BOOK, { ...FOLLOW, due: '2020-03-01' }, SPREAD]);

    const done = await change('tasks', shown, { done: true });
    expect(done.status, JSON.stringify(done.json)).toBe(200);
    await indexNow();
    const statuses = (await register('tasks')).map((task) => [task.text, task.status]);
    expect(statuses).toEqual([
      [FOLLOW.text, 'done'],
      [BOOK.text, 'open'],
      [SPREAD.text, 'open'],
    ]);
  });

  it('[W6] an election moved below another after the register was read, register rebuilt since: the term lands on it', async () => {
    const { register, change, edit, decision, indexNow } = await setup([CHAIR, VICE]);
    const shown = (await register('roles')).find((role) => role.text === VICE.text)!;
    expect(shown.position).toBe(1);
    await edit([VICE, CHAIR]);
    // The register now has the chair where the page showed the vice chair.
    await indexNow();

    const corrected = await change('roles', shown, {
      termFrom: '2020-02-01',
      termTo: '2021-12-31',
    });
    expect(corrected.status, JSON.stringify(corrected.json)).toBe(200);
    expect(await decision()).toEqual([
      { ...VICE, termFrom: '2020-02-01', termTo: '2021-12-31' },
      CHAIR,
    ]);
  });

  it('[W6] a task or an election removed after the register was read is refused with 409 unknown_clause, and nothing is written', async () => {
    const { register, change, edit, decision, indexNow } = await setup([FOLLOW, SPREAD, CHAIR]);
    const tasks = await register('tasks');
    const roles = await register('roles');
    const follow = tasks.find((task) => task.text === FOLLOW.text)!;
    const chair = roles.find((role) => role.text === CHAIR.text)!;
    // FOLLOW and CHAIR are gone; SPREAD and a new election now stand in their places.
    const now: DecisionClause[] = [SPREAD, VICE];
    await edit(now);

    for (const [register, shown, body] of [
      ['tasks', follow, { due: '2020-03-01' }],
      ['tasks', follow, { done: true }],
      ['roles', chair, { termFrom: '2020-02-01' }],
    ] as const) {
      const refused = await change(register, shown, body);
      expect(refused.status, JSON.stringify(refused.json)).toBe(409);
      expect(refused.json.error.id).toBe('unknown_clause');
      expect(refused.json.error.message).toMatch(/tagits bort eller skrivits om/);
    }
    expect(await decision()).toEqual(now);

    await indexNow();
    expect((await register('tasks')).map((task) => [task.text, task.status, task.due])).toEqual([
      [SPREAD.text, 'open', undefined],
    ]);
    // Once the register is rebuilt the old address is still refused, not given to SPREAD.
    const stale = await change('tasks', follow, { done: true });
    expect(stale.json.error.id).toBe('unknown_clause');
    expect((await register('tasks'))[0]!.status).toBe('open');
  });
  it("[W6] an item's only task or election removed is refused with 409 unknown_clause too, once the register has no row left in the item", async () => {
    const { register, change, edit, decision, indexNow } = await setup([FOLLOW, CHAIR]);
    const [follow] = await register('tasks');
    const [chair] = await register('roles');
    await edit([APPROVE]);
    await indexNow();
    for (const [registerName, shown, body] of [
      ['tasks', follow!, { done: true }],
      ['roles', chair!, { termFrom: '2020-02-01' }],
    ] as const) {
      const refused = await change(registerName, shown, body);
      expect(refused.status, JSON.stringify(refused.json)).toBe(409);
      expect(refused.json.error.id).toBe('unknown_clause');
    }
    expect(await decision()).toEqual([APPROVE]);
  });
});

describe('a done mark stays with its task', () => {
  it('[W6] a task marked done keeps the mark when clauses are inserted before it or it moves, and a removed task leaves none behind', async () => {
    const { register, change, edit, indexNow } = await setup([FOLLOW, SPREAD]);
    const follow = (await register('tasks')).find((task) => task.text === FOLLOW.text)!;
    expect((await change('tasks', follow, { done: true })).status).toBe(200);
    const statuses = async () =>
      Object.fromEntries((await register('tasks')).map((task) => [task.text, task.status]));

    await edit([BOOK, APPROVE, FOLLOW, SPREAD]);
    await indexNow();
    expect(await statuses()).toEqual({
      [BOOK.text]: 'open',
      [FOLLOW.text]: 'done',
      [SPREAD.text]: 'open',
    });

    await edit([SPREAD, FOLLOW, BOOK]);
    await indexNow();
    expect(await statuses()).toEqual({
      [SPREAD.text]: 'open',
      [FOLLOW.text]: 'done',
      [BOOK.text]: 'open',
    });

    await edit([SPREAD, BOOK]);
    await indexNow();
    expect(await statuses()).toEqual({ [SPREAD.text]: 'open', [BOOK.text]: 'open' });
    // Put back, the task is open: its mark went with it and is not given to another.
    await edit([SPREAD, FOLLOW, BOOK]);
    await indexNow();
    expect(await statuses()).toEqual({
      [SPREAD.text]: 'open',
      [FOLLOW.text]: 'open',
      [BOOK.text]: 'open',
    });
  });
});
