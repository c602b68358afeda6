import type { ClientSlot } from '../serverAdapter.ts';

/**
 * Deals planned clients to invented people, as a person opens a few tabs at most: each person
 * takes whole rooms while their connections stay within `perPerson` (the server limits
 * connections per account); a room larger than that is shared by several people.
 * Returns, for each person, the slots they hold.
 */
export function assignPeople(slots: readonly ClientSlot[], perPerson: number): ClientSlot[][] {
  const byRoom = new Map<number, ClientSlot[]>();
  for (const slot of slots) byRoom.set(slot.room, [...(byRoom.get(slot.room) ?? []), slot]);
  const people: ClientSlot[][] = [[]];
  for (const room of [...byRoom.keys()].sort((a, b) => a - b)) {
    const roomSlots = byRoom.get(room)!;
    let current = people[people.length - 1]!;
    if (
      current.length > 0 &&
      current.length + roomSlots.length > perPerson &&
      roomSlots.length <= perPerson
    ) {
      people.push((current = []));
    }
    for (const slot of roomSlots) {
      if (current.length >= perPerson) people.push((current = []));
      current.push(slot);
    }
  }
  return people.filter((held) => held.length > 0);
}

/**
 * The items a person must present in each of their rooms: those their writers type in, or the
 * first item for a person who only reads there (presenting any item lets one read the meeting).
 */
export function itemsToPresent(
  held: readonly ClientSlot[],
  itemIdsOf: (room: number) => readonly string[],
): Array<{ room: number; itemId: string }> {
  const wanted = new Map<number, Set<string>>();
  for (const slot of held) {
    const items = itemIdsOf(slot.room);
    const set = wanted.get(slot.room) ?? new Set<string>();
    if (slot.role === 'writer' && slot.everyField) items.forEach((item) => set.add(item));
    else if (slot.role === 'writer') set.add(items[slot.fieldIndex % items.length]!);
    wanted.set(slot.room, set);
  }
  return [...wanted].flatMap(([room, set]) =>
    (set.size > 0 ? [...set] : [itemIdsOf(room)[0]!]).map((itemId) => ({ room, itemId })),
  );
}
