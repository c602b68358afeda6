import { randomUUID } from 'node:crypto';
import * as Y from 'yjs';
import type { AppDeps } from '../appDeps.ts';
import { hashPassword } from '../auth/password.ts';
import { bodies, meetings, memberships, users } from '../db/schema.ts';

export const TEST_PASSWORD = 'test-password-123';

export interface TestWorld {
  bodyId: string;
  meetingId: string;
  otherBodyMeetingId: string;
  users: Record<
    'secretary' | 'presenter1' | 'presenter2' | 'member' | 'outsider',
    { id: string; email: string }
  >;
  /** Agenda item ids: item1 is presented by presenter1, item2 by presenter2. */
  items: { item1: string; item2: string };
}

/**
 * A body with a secretary and a member, two outside presenters, one meeting in preparation whose
 * agenda is written the way a stock Yjs client writes it (CONTRACT "The document, version 1"),
 * and a meeting of another body.
 */
export async function createTestWorld(deps: AppDeps): Promise<TestWorld> {
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const make = (key: string) => ({ id: randomUUID(), email: `${key}@test.exempel.se` });
  const world = {
    secretary: make('secretary'),
    presenter1: make('presenter1'),
    presenter2: make('presenter2'),
    member: make('member'),
    outsider: make('outsider'),
  };
  for (const [key, user] of Object.entries(world)) {
    await deps.db.insert(users).values({ ...user, name: `Test ${key}`, passwordHash });
  }
  const bodyId = randomUUID();
  const otherBodyId = randomUUID();
  for (const [id, name] of [
    [bodyId, 'Testnätverket'],
    [otherBodyId, 'Annat organ'],
  ] as const) {
    await deps.db.insert(bodies).values({
      id,
      name,
      shortName: name.slice(0, 4),
      organisation: 'Region Test',
      organisationLines: [],
      memberOrganisations: ['Avesta', 'Borlänge'],
    });
  }
  await deps.db
    .insert(memberships)
    .values({ bodyId, userId: world.secretary.id, role: 'secretary' });
  await deps.db.insert(memberships).values({ bodyId, userId: world.member.id, role: 'member' });
  await deps.db
    .insert(memberships)
    .values({ bodyId: otherBodyId, userId: world.outsider.id, role: 'secretary' });
  const meetingId = randomUUID();
  const otherBodyMeetingId = randomUUID();
  await deps.db
    .insert(meetings)
    .values({ id: meetingId, bodyId, title: 'Testmöte', date: '2026-12-10', phase: 'preparation' });
  await deps.db.insert(meetings).values({
    id: otherBodyMeetingId,
    bodyId: otherBodyId,
    title: 'Annat möte',
    date: '2026-12-11',
    phase: 'preparation',
  });
  const items = { item1: 'item1', item2: 'item2' };
  await deps.collab.writeDoc(meetingId, (room) => {
    room.doc.transact(() => {
      room.doc.getMap('meeting').set('phase', 'preparation');
      const agenda = room.doc.getArray<Y.Map<unknown>>('agenda');
      for (const [id, presenter] of [
        [items.item1, world.presenter1.id],
        [items.item2, world.presenter2.id],
      ] as const) {
        const entry = new Y.Map<unknown>();
        entry.set('id', id);
        entry.set('title', `Punkt ${id}`);
        entry.set('presenterIds', [presenter]);
        agenda.push([entry]);
      }
    });
  });
  await deps.collab.flush();
  return { bodyId, meetingId, otherBodyMeetingId, users: world, items };
}
