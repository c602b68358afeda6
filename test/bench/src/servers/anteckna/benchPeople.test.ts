import { describe, expect, it } from 'vitest';
import type { ClientSlot } from '../serverAdapter.ts';
import { assignPeople, itemsToPresent } from './benchPeople.ts';

function slots(rooms: number, perRoom: number, writers: number): ClientSlot[] {
  const made: ClientSlot[] = [];
  for (let room = 0; room < rooms; room++) {
    for (let c = 0; c < perRoom; c++) {
      made.push({ id: made.length, room, role: c < writers ? 'writer' : 'reader', fieldIndex: c });
    }
  }
  return made;
}

describe('assignPeople', () => {
  it('keeps every person within the connection budget and gives every slot to exactly one person', () => {
    const planned = slots(200, 6, 1);
    const people = assignPeople(planned, 20);
    expect(Math.max(...people.map((held) => held.length))).toBeLessThanOrEqual(20);
    expect(
      people
        .flat()
        .map((s) => s.id)
        .sort((a, b) => a - b),
    ).toEqual(planned.map((s) => s.id));
  });

  it('keeps small rooms whole, so each person is invited to few meetings', () => {
    const people = assignPeople(slots(200, 6, 1), 20);
    for (const held of people) {
      const rooms = new Set(held.map((s) => s.room));
      expect(held.length).toBe(rooms.size * 6);
    }
  });

  it('shares a room larger than the budget among several people', () => {
    const people = assignPeople(slots(1, 203, 20), 20);
    expect(people).toHaveLength(11);
  });
});

describe('itemsToPresent', () => {
  it('asks for the items a person types in, and the first item where they only read', () => {
    const held: ClientSlot[] = [
      { id: 0, room: 0, role: 'writer', fieldIndex: 1 },
      { id: 1, room: 0, role: 'writer', fieldIndex: 6 },
      { id: 2, room: 1, role: 'reader', fieldIndex: 3 },
    ];
    const items = itemsToPresent(held, (room) =>
      room === 0 ? ['a', 'b', 'c', 'd', 'e'] : ['x', 'y'],
    );
    expect(items).toEqual([
      { room: 0, itemId: 'b' },
      { room: 1, itemId: 'x' },
    ]);
  });

  it('asks for every item for a writer that types in all of them', () => {
    const held: ClientSlot[] = [
      { id: 0, room: 0, role: 'writer', fieldIndex: 0, everyField: true },
    ];
    expect(itemsToPresent(held, () => ['a', 'b']).map((i) => i.itemId)).toEqual(['a', 'b']);
  });
});
