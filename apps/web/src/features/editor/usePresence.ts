import { useEffect, useState } from 'react';
import type { Awareness } from 'y-protocols/awareness';

/** A person in the meeting as the server names them (the `user` field it writes). */
export interface PresentPerson {
  userId: string;
  name: string;
  color: string;
  /** Root names this person has a cursor in right now, across their tabs. */
  editing: string[];
}

interface AwarenessState {
  user?: { id?: unknown; name?: unknown; color?: unknown };
  editing?: unknown;
}

/** Everyone else connected, one entry per person however many tabs they have open. */
export function readPresence(awareness: Awareness, ownUserId: string): PresentPerson[] {
  const people = new Map<string, PresentPerson>();
  for (const [clientId, raw] of awareness.getStates()) {
    if (clientId === awareness.clientID) continue;
    const state = raw as AwarenessState;
    const id = typeof state.user?.id === 'string' ? state.user.id : null;
    const name = typeof state.user?.name === 'string' ? state.user.name : null;
    if (id === null || name === null || id === ownUserId) continue;
    const person = people.get(id) ?? {
      userId: id,
      name,
      color: typeof state.user?.color === 'string' ? state.user.color : '#4d5661',
      editing: [],
    };
    if (typeof state.editing === 'string') person.editing.push(state.editing);
    people.set(id, person);
  }
  return [...people.values()].sort((a, b) => a.name.localeCompare(b.name, 'sv'));
}

export function usePresence(awareness: Awareness | null, ownUserId: string): PresentPerson[] {
  const [people, setPeople] = useState<PresentPerson[]>([]);
  useEffect(() => {
    if (!awareness) {
      setPeople([]);
      return undefined;
    }
    const refresh = () => setPeople(readPresence(awareness, ownUserId));
    refresh();
    awareness.on('change', refresh);
    return () => awareness.off('change', refresh);
  }, [awareness, ownUserId]);
  return people;
}
