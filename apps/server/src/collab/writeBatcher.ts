import * as Y from 'yjs';
import type { Db } from '../db/openDatabase.ts';
import { isLockedRecordRefusal } from '../errors/lockedRecord.ts';
import { isDatabaseUnreachable } from '../errors/databaseUnreachable.ts';
import { isStorageFull } from '../errors/storageFull.ts';
import type { CollabConnection } from './connection.ts';
import { encodeUpdate } from './protocol.ts';
import type { Room } from './room.ts';
import { atTurnEnd } from './turnWrites.ts';
import { withTransaction } from '../db/transaction.ts';
import { walSynced } from '../db/walSync.ts';
import { appendUpdates, compactDoc, COMPACT_AFTER_ROWS } from './updateStore.ts';

interface Pending {
  room: Room;
  update: Uint8Array;
  origin: CollabConnection | null;
}

/**
 * Group commit: updates the rooms accepted during one event-loop turn are written in one
 * transaction, and only after it commits are they sent to anyone. While a commit is under way
 * (on Postgres it takes a round trip), what the next turns accept queues up for the next one. So
 * an edit another person has seen is always in the database: a crash of the server loses none.
 *
 * On SQLite the commit returns once the batch is in the write-ahead log, and the log is synced
 * to the disk off the event loop (db/walSync.ts) while the loop goes on: syncing it on the loop
 * held every client's next message for an fsync (3 ms at the median here, 30 ms at worst). An
 * update is *settled* once it is on the disk (or its commit failed); only then does its sender
 * learn it is stored (`whenSettled`: the answer to a client's sync request is the browser's
 * "Sparat"). A power loss can lose only updates not yet settled, and their authors' clients
 * still hold them and send them again on reconnect.
 *
 * What one connection sent in a row within the turn is merged into one update and one log row
 * (still with its sender: provenance is per row): a client catching up or pasting sends
 * thousands of small updates at once, and a row costs more than merging them.
 */
export class WriteBatcher {
  private queue: Pending[] = [];
  private scheduled = false;
  /** The commit under way: what is enqueued meanwhile waits for the next one. */
  private committing: Promise<void> | null = null;
  /** Updates enqueued so far, and how many of the first of them are settled. */
  private enqueued = 0;
  private settled = 0;
  /** Callbacks waiting for the first `upTo` updates to settle, in the order they came. */
  private settleWaiters: Array<{ upTo: number; callback: () => void }> = [];

  constructor(
    private readonly db: Db,
    /** Awaited before the next commit starts (it writes the presenters read model). */
    private readonly afterCommit: (rooms: Set<Room>) => void | Promise<void>,
    /**
     * The commit failed with a full disk, with Postgres unreachable, or because another process
     * locked one of the meetings meanwhile, or the log could not be synced: what the batch
     * holds may not be stored. The rooms' documents hold it and must be dropped (their clients
     * still hold it).
     */
    private readonly commitFailed: (error: Error, rooms: Set<Room>) => void = (error) => {
      throw error;
    },
    /** Resolves once everything committed before the call is on the disk. */
    private readonly synced: () => Promise<void> = () => walSynced(db),
  ) {}

  enqueue(room: Room, update: Uint8Array, origin: CollabConnection | null): void {
    this.queue.push({ room, update, origin });
    this.enqueued += 1;
    this.schedule();
  }

  /**
   * Calls `callback` once every update enqueued so far is settled: at once when they are,
   * else right after the sync that settles them, in the order the callbacks were given.
   */
  whenSettled(callback: () => void): void {
    if (this.settled >= this.enqueued) return callback();
    this.settleWaiters.push({ upTo: this.enqueued, callback });
  }

  /**
   * Resolves once nothing is queued, being committed or waiting for the disk, including what is
   * enqueued while it waits: a room is unloaded only then, so that a load that follows reads
   * every update of it from the log (one still being committed would be missing from that load,
   * and the next compaction would mark it as merged into a state that lacks it).
   */
  whenIdle(): Promise<void> {
    return new Promise((resolve) => {
      const check = () => (this.settled >= this.enqueued ? resolve() : this.whenSettled(check));
      check();
    });
  }

  /**
   * Commits what is queued now, after the commit under way (if any), and sends it once it is
   * committed. Resolves when it is on the disk too.
   */
  async flush(): Promise<void> {
    await this.commitQueued();
    await new Promise<void>((resolve) => this.whenSettled(resolve));
  }

  private async commitQueued(): Promise<void> {
    // The commit under way reports its own failure; this one goes on after it either way.
    while (this.committing) await this.committing.catch(() => undefined);
    this.scheduled = false;
    const batch = mergeRuns(this.queue);
    const upTo = this.enqueued;
    this.queue = [];
    if (batch.length > 0) {
      this.committing = this.commit(batch, upTo);
      try {
        await this.committing;
      } finally {
        this.committing = null;
      }
    }
    if (this.queue.length > 0) this.schedule();
  }

  private schedule(): void {
    if (this.scheduled) return;
    this.scheduled = true;
    atTurnEnd(() => void this.commitQueued());
  }

  private async commit(batch: Pending[], upTo: number): Promise<void> {
    const rooms = new Set(batch.map((p) => p.room));
    // The compacted state is taken now, while each document holds exactly what this batch
    // appends: what the next turn adds while the commit is under way is not in the log yet.
    const compacted = new Map<Room, Uint8Array>();
    for (const room of rooms) {
      const rows = batch.reduce((count, p) => count + (p.room === room ? 1 : 0), 0);
      if (room.tailRows + rows >= COMPACT_AFTER_ROWS)
        compacted.set(room, Y.encodeStateAsUpdate(room.doc));
    }
    try {
      await withTransaction(
        this.db,
        async (tx) => {
          for (const room of rooms) await room.clientIds.store(tx);
          await appendUpdates(
            tx,
            batch.map((p) => ({
              meetingId: p.room.meetingId,
              update: p.update,
              userId: p.origin?.user.id ?? null,
            })),
          );
          for (const [room, state] of compacted) await compactDoc(tx, room.meetingId, state);
        },
        { syncLater: true },
      );
    } catch (error) {
      const waitedOut =
        isStorageFull(error) || isDatabaseUnreachable(error) || isLockedRecordRefusal(error);
      if (!waitedOut || !(error instanceof Error)) throw error;
      this.commitFailed(error, rooms);
      this.settle(upTo);
      return;
    }
    // Started at once: the disk works while the batch is sent and the next one is taken.
    const synced = this.synced();
    for (const p of batch) p.room.tailRows += 1;
    for (const room of compacted.keys()) room.tailRows = 0;
    for (const [room, entries] of groupByRoom(batch)) broadcastTurn(room, entries);
    try {
      await this.afterCommit(rooms);
    } finally {
      void synced.then(
        () => this.settle(upTo),
        (error: unknown) => {
          // The kernel may have dropped what it could not write: the rooms reload from what is
          // stored, and every client sends what the server lacks again.
          this.commitFailed(error instanceof Error ? error : new Error(String(error)), rooms);
          this.settle(upTo);
        },
      );
    }
  }

  private settle(upTo: number): void {
    this.settled = Math.max(this.settled, upTo);
    const due = this.settleWaiters.filter((waiter) => waiter.upTo <= this.settled);
    if (due.length === 0) return;
    this.settleWaiters = this.settleWaiters.filter((waiter) => waiter.upTo > this.settled);
    for (const waiter of due) waiter.callback();
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
