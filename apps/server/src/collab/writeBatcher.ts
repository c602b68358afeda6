import * as Y from 'yjs';
import type { Db } from '../db/openDatabase.ts';
import { isLockedRecordRefusal } from '../errors/lockedRecord.ts';
import { isStorageFull } from '../errors/storageFull.ts';
import type { CollabConnection } from './connection.ts';
import { encodeUpdate } from './protocol.ts';
import type { Room } from './room.ts';
import { atTurnEnd } from './turnWrites.ts';
import { appendUpdates, compactDoc, COMPACT_AFTER_ROWS } from './updateStore.ts';

interface Pending {
  room: Room;
  update: Uint8Array;
  origin: CollabConnection | null;
}

/**
 * Group commit: updates the rooms accepted during one event-loop turn are written in one SQLite
 * transaction, and only after it commits are they sent to anyone. So an edit another person has
 * seen is always on disk; a crash can lose only edits nobody but their author saw yet, and the
 * author's client still holds them and sends them again on reconnect.
 *
 * What one connection sent in a row within the turn is merged into one update and one log row
 * (still with its sender: provenance is per row): a client catching up or pasting sends
 * thousands of small updates at once, and a row costs more than merging them.
 */
export class WriteBatcher {
  private queue: Pending[] = [];
  private scheduled = false;
  private idleWaiters: Array<() => void> = [];

  constructor(
    private readonly db: Db,
    private readonly afterCommit: (rooms: Set<Room>) => void,
    /**
     * The commit failed with SQLITE_FULL, or because another process locked one of the meetings
     * meanwhile: nothing of the batch was stored or sent. The rooms' documents hold what was not
     * stored and must be dropped (their clients still hold it).
     */
    private readonly commitFailed: (error: Error, rooms: Set<Room>) => void = (error) => {
      throw error;
    },
  ) {}

  enqueue(room: Room, update: Uint8Array, origin: CollabConnection | null): void {
    this.queue.push({ room, update, origin });
    if (!this.scheduled) {
      this.scheduled = true;
      atTurnEnd(() => this.flush());
    }
  }

  /** Resolves once everything queued so far is committed and sent. */
  whenIdle(): Promise<void> {
    if (!this.scheduled && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  flush(): void {
    this.scheduled = false;
    const batch = mergeRuns(this.queue);
    this.queue = [];
    if (batch.length > 0) {
      const rooms = new Set(batch.map((p) => p.room));
      try {
        this.db.transaction(() => {
          appendUpdates(
            this.db,
            batch.map((p) => ({
              meetingId: p.room.meetingId,
              update: p.update,
              userId: p.origin?.user.id ?? null,
            })),
          );
          for (const p of batch) p.room.tailRows += 1;
          for (const room of rooms) {
            if (room.tailRows >= COMPACT_AFTER_ROWS) {
              compactDoc(this.db, room.meetingId, room.doc);
              room.tailRows = 0;
            }
          }
        });
      } catch (error) {
        if (!isStorageFull(error) && !isLockedRecordRefusal(error)) throw error;
        this.commitFailed(error, rooms);
        return this.wakeIdleWaiters();
      }
      for (const [room, entries] of groupByRoom(batch)) broadcastTurn(room, entries);
      this.afterCommit(rooms);
    }
    this.wakeIdleWaiters();
  }

  private wakeIdleWaiters(): void {
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const resolve of waiters) resolve();
  }
}

/**
 * Merging is linear up to a few dozen updates and grows quadratically beyond (yjs sorts its
 * decoders for every struct), so long runs are merged in pieces of this size.
 */
export const MERGE_AT_MOST = 48;

/** Consecutive updates of the same room and sender, merged into one; the order is kept. */
function mergeRuns(queue: Pending[]): Pending[] {
  const merged: Pending[] = [];
  let start = 0;
  while (start < queue.length) {
    const first = queue[start]!;
    let end = start + 1;
    while (
      end < queue.length &&
      end - start < MERGE_AT_MOST &&
      queue[end]!.room === first.room &&
      queue[end]!.origin === first.origin
    )
      end++;
    merged.push(
      end - start === 1
        ? first
        : { ...first, update: Y.mergeUpdates(queue.slice(start, end).map((p) => p.update)) },
    );
    start = end;
  }
  return merged;
}

function groupByRoom(batch: Pending[]): Map<Room, Pending[]> {
  const byRoom = new Map<Room, Pending[]>();
  for (const p of batch) {
    const entries = byRoom.get(p.room);
    if (entries) entries.push(p);
    else byRoom.set(p.room, [p]);
  }
  return byRoom;
}

/**
 * What a room accepted in one turn goes out as one message (as Hocuspocus does too): with twenty
 * people typing, a reader gets one message per turn instead of one per writer, and every message
 * costs a write to every socket. When several people wrote, each also gets their own edit back
 * inside it; Yjs ignores what it already has.
 */
function broadcastTurn(room: Room, entries: Pending[]): void {
  const origins = new Set(entries.map((p) => p.origin));
  const except = origins.size === 1 ? entries[0]!.origin : null;
  if (![...room.connections].some((conn) => conn !== except && conn.isOpen())) return;
  for (let start = 0; start < entries.length; start += MERGE_AT_MOST) {
    const part = entries.slice(start, start + MERGE_AT_MOST).map((p) => p.update);
    const update = part.length === 1 ? part[0]! : Y.mergeUpdates(part);
    broadcast(room, encodeUpdate(update), except);
  }
}

export function broadcast(room: Room, message: Uint8Array, except: CollabConnection | null): void {
  for (const conn of room.connections) {
    if (conn !== except && conn.isOpen()) conn.send(message);
  }
}
