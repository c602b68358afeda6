import { encodeAwarenessUpdate } from 'y-protocols/awareness';
import { encodeAwareness } from './protocol.ts';
import type { Room } from './room.ts';
import { atTurnEnd } from './turnWrites.ts';
import { broadcast } from './writeBatcher.ts';

/**
 * The awareness changes a room received in one event-loop turn go out together, as one message
 * to everyone (Hocuspocus does the same). The stock client sends every awareness change it
 * receives back to the server, so each message out comes back once from every client: with 200
 * people whose presence renews at about the same moment, relaying each change on its own costs
 * 200 × 200 messages out and as many back, and stalls the room for everyone.
 */
export class AwarenessRelay {
  private pending = new Map<Room, Set<number>>();
  private scheduled = false;

  /** `isLive` tells whether a room is still the one its meeting is served from. */
  constructor(private readonly isLive: (room: Room) => boolean) {}

  relay(room: Room, clientIds: Iterable<number>): void {
    let ids = this.pending.get(room);
    if (!ids) this.pending.set(room, (ids = new Set()));
    for (const id of clientIds) ids.add(id);
    if (!this.scheduled) {
      this.scheduled = true;
      atTurnEnd(() => this.flush());
    }
  }

  private flush(): void {
    this.scheduled = false;
    const pending = this.pending;
    this.pending = new Map();
    for (const [room, ids] of pending) {
      if (!this.isLive(room)) continue;
      // Current states (or their removal) and clocks; ids the awareness never took are left out.
      const known = [...ids].filter((id) => room.awareness.meta.has(id));
      if (known.length === 0) continue;
      broadcast(room, encodeAwareness(encodeAwarenessUpdate(room.awareness, known)), null);
    }
  }
}
