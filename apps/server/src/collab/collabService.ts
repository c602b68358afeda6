import { CloseCode, type CloseCodeValue, type Phase } from '@anteckna/domain';
import { setMeetingPhase } from '@anteckna/doc-schema';
import * as Y from 'yjs';
import {
  encodeAwarenessUpdate,
  applyAwarenessUpdate,
  removeAwarenessStates,
} from 'y-protocols/awareness';
import type { CollabLimits } from '../config.ts';
import type { Db } from '../db/openDatabase.ts';
import { StorageHealth, type StorageStatus } from '../db/storageHealth.ts';
import { guardAwarenessUpdate } from './awarenessGuard.ts';
import type { CollabConnection } from './connection.ts';
import { AwarenessRelay } from './awarenessRelay.ts';
import { DocumentQuota } from './documentQuota.ts';
import { MessageRateLimit } from './messageRateLimit.ts';
import { closeRemovedPresenters, reachDecider, type SocketReach } from './sessionReach.ts';
import { PendingUpdateBuffer } from './gate/index.ts';
import type { GateClock, GateTime } from './gateClock.ts';
import { receiveUpdate } from './incomingUpdate.ts';
import { syncPresenters } from './presenterSync.ts';
import {
  decodeIncoming,
  encodeAwareness,
  encodePermissionDenied,
  encodeSyncStep1,
  encodeSyncStep2,
  encodeUpdate,
} from './protocol.ts';
import { SERVER_ORIGIN, type Room } from './room.ts';
import { RoomRegistry } from './roomRegistry.ts';
import { UpdateRuns } from './updateRuns.ts';
import { broadcast, MERGE_AT_MOST, WriteBatcher } from './writeBatcher.ts';

export interface CollabService {
  /**
   * Loads the meeting's room if need be and greets the connection. What the connection sends
   * meanwhile is held and handled, in order, once it has joined.
   */
  join(conn: CollabConnection): Promise<void>;
  receive(conn: CollabConnection, data: Uint8Array): void;
  leave(conn: CollabConnection): void;
  connectionsOf(userId: string): number;
  /**
   * Closes every open connection `decide` names a close for: sessions that ended, access that
   * was lost (collab/sessionReach.ts). Returns how many were closed.
   */
  closeWhere(decide: (conn: CollabConnection) => CloseCodeValue | null): number;
  /** Closes the open sockets a session or access change reaches (collab/sessionReach.ts). */
  closeReached(reach: SocketReach): Promise<number>;
  /** Whether the database takes writes (SQLITE_FULL), for /api/health. */
  storageStatus(): StorageStatus;
  /** Moves a meeting's live room (if any) to a new phase and mirrors it into the document. */
  setPhase(meetingId: string, phase: Phase): Promise<void>;
  /**
   * Runs a server-side write on a meeting's document (seeding, new meetings, carry-over). What
   * `write` changes in the document before its first await goes out as the server's edit.
   */
  writeDoc<T>(meetingId: string, write: (room: Room) => T | Promise<T>): Promise<T>;
  /** Reads a meeting's current document, loading it for the call if nobody is connected. */
  readDoc<T>(meetingId: string, read: (room: Room) => T | Promise<T>): Promise<T>;
  flush(): Promise<void>;
  /** Commits what is queued now and resolves once it is committed: for server actions. */
  flushNow(): Promise<void>;
  /** The gate's time so far, when the server was started to measure it (else null). */
  gateTime(): GateTime | null;
  /** Calls `listener` with the meetings whose documents changed, after each commit. */
  onCommitted(listener: (meetingIds: string[]) => void): void;
  /**
   * A change another process already committed to the log (apps/server/src/cluster): the phase
   * for the gate, the update for the document and its clients. Nothing is stored again.
   */
  applyCommitted(meetingId: string, phase: Phase | null, update: Uint8Array): void;
  /** Whether the meeting's document is loaded here (a room with or without connections). */
  isLive(meetingId: string): boolean;
  /**
   * Commits what is queued, then unloads the meeting's room and closes its connections with
   * `close`: another process decides its writes now (apps/server/src/cluster).
   */
  dropRoom(meetingId: string, close: CloseCodeValue): Promise<void>;
  shutdown(): Promise<void>;
}

/** A phase move as the room takes it: the gate's phase, mirrored into the document. */
export function writePhase(room: Room, phase: Phase): void {
  room.phase = phase;
  room.doc.transact(() => setMeetingPhase(room.doc, phase), SERVER_ORIGIN);
}

/**
 * The collaboration layer as one readable list of steps: join (load, greet), receive (decode,
 * dispatch to sync, update gate or awareness guard), leave (drop presence, unload when empty).
 */
export function createCollabService(
  db: Db,
  limits: CollabLimits,
  now = () => Date.now(),
  gateClock: GateClock | null = null,
  storage: StorageHealth = new StorageHealth(db),
): CollabService {
  const committedListeners: Array<(meetingIds: string[]) => void> = [];
  const batcher: WriteBatcher = new WriteBatcher(
    db,
    async (rooms) => {
      const agendaChanged = [...rooms].filter((room) => room.agendaDirty);
      await syncPresenters(db, rooms);
      for (const room of agendaChanged) closeRemovedPresenters(room, closeWith);
      const meetingIds = [...rooms].map((room) => room.meetingId);
      for (const listener of committedListeners) listener(meetingIds);
    },
    (error, rooms) => {
      // The rooms' documents hold what could not be stored: drop them; every client still has
      // its own edits and sends them again once writes are accepted (or is refused then).
      const storageDown = storage.commitFailed(error);
      if (!storageDown)
        console.warn(`[anteckna] a commit was refused (${error.message}): its rooms reload`);
      const close = storageDown ? storageClose() : CloseCode.RoomReset;
      for (const room of rooms) {
        if (registry.get(room.meetingId) === room) {
          registry.discard(room, (conn) => closeWith(conn, close));
        }
      }
    },
  );
  const registry = new RoomRegistry(db, batcher);
  const messageRate = new MessageRateLimit(limits.messagesPerSecond, limits.messageBurst, now);
  const quota = new DocumentQuota(limits.maxDocumentBytes);
  const awarenessRelay = new AwarenessRelay((room) => registry.get(room.meetingId) === room);
  const pendingByConn = new Map<CollabConnection, PendingUpdateBuffer>();
  const updateRuns = new UpdateRuns(handleRun);
  /** Connections whose room is still loading, with what they sent meanwhile. */
  const joining = new Map<CollabConnection, Uint8Array[]>();

  /** The transient close that tells a client why its writes are refused for now. */
  function storageClose() {
    const status = storage.status();
    return !status.ok && status.reason === 'database_unavailable'
      ? CloseCode.DatabaseUnavailable
      : CloseCode.StorageFull;
  }

  function closeWith(conn: CollabConnection, close: { code: number; reason: string }) {
    if (conn.isOpen()) conn.close(close.code, close.reason);
  }

  function resetRoom(room: Room) {
    // What the room accepted before the bad update is committed and sent; then it is dropped.
    void batcher.flush();
    registry.discard(room, (conn) => closeWith(conn, CloseCode.RoomReset));
  }

  function handleUpdate(room: Room, conn: CollabConnection, update: Uint8Array) {
    const pending = pendingByConn.get(conn)!;
    if (pending.isExpired(now())) return closeWith(conn, CloseCode.RoomReset);
    // An empty update (two zero bytes: no structs, no deletions) is a client with nothing new.
    if (update.length > 2 && !storage.acceptsWrites()) return closeWith(conn, storageClose());
    if (!quota.admits(room, update)) {
      conn.send(encodePermissionDenied(CloseCode.DocumentTooLarge.reason));
      return closeWith(conn, CloseCode.DocumentTooLarge);
    }
    const outcome = receiveUpdate(room, conn, update, pending, now(), gateClock);
    switch (outcome.kind) {
      case 'applied':
      case 'buffered':
        quota.grew(room, update);
        return;
      case 'refused':
        conn.send(encodePermissionDenied(`${outcome.reason}: ${outcome.root}`.slice(0, 200)));
        return closeWith(
          conn,
          outcome.reason === 'locked' ? CloseCode.Locked : CloseCode.Forbidden,
        );
      case 'foreignClientId':
        conn.send(
          encodePermissionDenied(`client id ${outcome.clientId} belongs to another writer`),
        );
        return closeWith(conn, CloseCode.Forbidden);
      case 'malformed':
        return closeWith(conn, CloseCode.Malformed);
      case 'overflow':
        // An honest client whose parts never arrived: a fresh sync will carry everything.
        return closeWith(conn, CloseCode.RoomReset);
      case 'reset':
        return resetRoom(room);
    }
  }

  /**
   * A run of updates one connection sent back to back (collab/updateRuns.ts): merged in parts
   * and each part decided and applied as one update. The gate decides a merged update as it
   * would each of its updates: it touches the union of their roots under the union of their
   * client ids, and the parts an update depends on are in it or already in the document. A part
   * is taken whole only when it is applied; anything else (refused, malformed, waiting for what
   * it depends on, over the quota) leaves nothing behind, and the part's updates are then
   * handled one by one as they came, so a refusal answers the same update it did before and
   * what came before it is still stored.
   */
  function handleRun(conn: CollabConnection, updates: Uint8Array[]) {
    for (let start = 0; start < updates.length; start += MERGE_AT_MOST) {
      const room = registry.get(conn.meetingId);
      if (!room || !room.connections.has(conn)) return;
      const part = updates.slice(start, start + MERGE_AT_MOST);
      if (part.length > 1 && applyMerged(room, conn, part)) continue;
      for (const update of part) {
        const current = registry.get(conn.meetingId);
        if (!current || !current.connections.has(conn)) return;
        handleUpdate(current, conn, update);
      }
    }
  }

  /** True when the part was applied as one update; false when nothing of it was. */
  function applyMerged(room: Room, conn: CollabConnection, part: Uint8Array[]): boolean {
    const pending = pendingByConn.get(conn)!;
    if (!pending.isEmpty() || !storage.acceptsWrites()) return false;
    let merged: Uint8Array;
    try {
      merged = Y.mergeUpdates(part);
    } catch {
      return false;
    }
    if (!quota.admits(room, merged)) return false;
    const outcome = receiveUpdate(room, conn, merged, pending, now(), gateClock);
    switch (outcome.kind) {
      case 'applied':
        quota.grew(room, merged);
        return true;
      case 'reset':
        resetRoom(room);
        return true;
      case 'buffered':
        pending.clear();
        return false;
      case 'refused':
      case 'foreignClientId':
      case 'malformed':
      case 'overflow':
        return false;
    }
  }

  return {
    async join(conn) {
      joining.set(conn, []);
      let room: Room;
      try {
        room = await registry.hold(conn.meetingId);
      } catch (error) {
        if (joining.delete(conn)) throw error;
        return;
      }
      // Left while the room was loading: nothing more to do.
      if (!joining.has(conn)) return registry.unhold(room);
      const held = joining.get(conn)!;
      joining.delete(conn);
      room.connections.add(conn);
      // The connection keeps the room loaded from here on.
      registry.unhold(room);
      pendingByConn.set(
        conn,
        new PendingUpdateBuffer({
          maxBytes: limits.pendingBufferBytes,
          maxAgeMs: limits.pendingBufferMs,
          now,
        }),
      );
      conn.send(encodeSyncStep1(room.doc));
      const states = [...room.awareness.getStates().keys()];
      if (states.length > 0)
        conn.send(encodeAwareness(encodeAwarenessUpdate(room.awareness, states)));
      for (const data of held) this.receive(conn, data);
    },

    receive(conn, data) {
      const held = joining.get(conn);
      if (held) return void held.push(data);
      const room = registry.get(conn.meetingId);
      if (!room || !room.connections.has(conn)) return;
      if (!messageRate.take(conn)) {
        console.warn(
          `[anteckna] closed ${conn.user.id} on ${conn.meetingId}: over the message rate limit`,
        );
        return closeWith(conn, CloseCode.TooManyMessages);
      }
      let message;
      try {
        message = decodeIncoming(data);
      } catch {
        updateRuns.end(conn);
        return closeWith(conn, CloseCode.Malformed);
      }
      if (message.type === 'update') return updateRuns.add(conn, message.update);
      updateRuns.end(conn);
      switch (message.type) {
        case 'syncStep1': {
          // The answer is how a client learns its edits are stored (the browser's "Sparat",
          // apps/web saveTracker): it leaves once what the connection sent before is on the disk.
          const { stateVector } = message;
          return batcher.whenSettled(() => {
            if (conn.isOpen() && room.connections.has(conn))
              conn.send(encodeSyncStep2(room.doc, stateVector));
          });
        }
        case 'awareness': {
          let guarded;
          try {
            guarded = guardAwarenessUpdate(room, conn, message.update);
          } catch {
            return closeWith(conn, CloseCode.Malformed);
          }
          if (!guarded) return;
          room.clientIds.introduced(guarded.clientIds, conn.user.id);
          applyAwarenessUpdate(room.awareness, guarded.update, conn);
          return awarenessRelay.relay(room, guarded.clientIds);
        }
        case 'queryAwareness': {
          const states = [...room.awareness.getStates().keys()];
          return conn.send(encodeAwareness(encodeAwarenessUpdate(room.awareness, states)));
        }
        case 'ignored':
          return;
      }
    },

    leave(conn) {
      updateRuns.end(conn);
      if (joining.delete(conn)) return;
      pendingByConn.delete(conn);
      const room = registry.get(conn.meetingId);
      if (!room || !room.connections.delete(conn)) return;
      for (const id of conn.ownedClientIds) {
        if (room.awarenessOwners.get(id) === conn) room.awarenessOwners.delete(id);
      }
      const owned = [...conn.ownedClientIds].filter((id) => room.awareness.getStates().has(id));
      if (owned.length > 0) {
        removeAwarenessStates(room.awareness, owned, conn);
        // Encoded after removal: the states are gone, so each entry says null with a newer clock.
        broadcast(room, encodeAwareness(encodeAwarenessUpdate(room.awareness, owned)), conn);
      }
      void registry.releaseIfEmpty(room);
    },

    connectionsOf(userId) {
      let count = 0;
      for (const room of registry.all()) {
        for (const conn of room.connections) if (conn.user.id === userId) count++;
      }
      return count;
    },

    closeWhere(decide) {
      let closed = 0;
      for (const room of registry.all()) {
        for (const conn of [...room.connections]) {
          const close = conn.isOpen() ? decide(conn) : null;
          if (close) {
            closeWith(conn, close);
            closed++;
          }
        }
      }
      return closed;
    },

    async closeReached(reach) {
      const conns = registry.all().flatMap((room) => [...room.connections]);
      return this.closeWhere(await reachDecider(db, reach, conns));
    },

    storageStatus: () => storage.status(),

    setPhase(meetingId, phase) {
      return this.writeDoc(meetingId, (room) => writePhase(room, phase));
    },

    async writeDoc(meetingId, write) {
      // Held for the call: the room is not unloaded while `write` awaits.
      const room = await registry.hold(meetingId);
      try {
        const written = write(room);
        room.agendaDirty = true;
        return await written;
      } finally {
        registry.unhold(room);
      }
    },

    async readDoc(meetingId, read) {
      const room = await registry.hold(meetingId);
      try {
        return await read(room);
      } finally {
        registry.unhold(room);
      }
    },

    flush: () => batcher.whenIdle(),
    flushNow: () => batcher.flush(),
    gateTime: () => gateClock?.read() ?? null,
    onCommitted: (listener) => void committedListeners.push(listener),
    isLive: (meetingId) => registry.get(meetingId) !== undefined,

    applyCommitted(meetingId, phase, update) {
      const room = registry.get(meetingId);
      if (!room) return; // the next load reads the log, which holds it
      if (phase) room.phase = phase;
      if (update.length === 0) return;
      // Staged, as a client's update is, so that it does not reach the write batcher.
      room.staging = [];
      Y.applyUpdate(room.doc, update, SERVER_ORIGIN);
      const emitted = room.staging;
      room.staging = null;
      if (emitted.length > 0) {
        broadcast(room, encodeUpdate(Y.mergeUpdates(emitted)), null);
        closeRemovedPresenters(room, closeWith);
      }
    },

    async dropRoom(meetingId, close) {
      await batcher.flush();
      const room = registry.get(meetingId);
      if (room) registry.discard(room, (conn) => closeWith(conn, close));
    },

    async shutdown() {
      await batcher.whenIdle();
      for (const room of registry.all()) {
        for (const conn of [...room.connections]) closeWith(conn, CloseCode.GoingAway);
      }
    },
  };
}
