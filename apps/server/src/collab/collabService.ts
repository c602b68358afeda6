import { CloseCode, type CloseCodeValue, type Phase } from '@anteckna/domain';
import { setMeetingPhase } from '@anteckna/doc-schema';
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
import { closeRemovedPresenters } from './sessionReach.ts';
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
} from './protocol.ts';
import { SERVER_ORIGIN, type Room } from './room.ts';
import { RoomRegistry } from './roomRegistry.ts';
import { broadcast, WriteBatcher } from './writeBatcher.ts';

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
  shutdown(): Promise<void>;
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
      // its own edits and sends them again once writes are accepted.
      storage.markFull(error);
      for (const room of rooms) {
        if (registry.get(room.meetingId) === room) {
          registry.discard(room, (conn) => closeWith(conn, CloseCode.StorageFull));
        }
      }
    },
  );
  const registry = new RoomRegistry(db, batcher);
  const messageRate = new MessageRateLimit(limits.messagesPerSecond, limits.messageBurst, now);
  const quota = new DocumentQuota(limits.maxDocumentBytes);
  const awarenessRelay = new AwarenessRelay((room) => registry.get(room.meetingId) === room);
  const pendingByConn = new Map<CollabConnection, PendingUpdateBuffer>();
  /** Connections whose room is still loading, with what they sent meanwhile. */
  const joining = new Map<CollabConnection, Uint8Array[]>();

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
    if (update.length > 2 && !storage.acceptsWrites())
      return closeWith(conn, CloseCode.StorageFull);
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

  return {
    async join(conn) {
      joining.set(conn, []);
      let room: Room;
      try {
        room = await registry.open(conn.meetingId);
      } catch (error) {
        if (joining.delete(conn)) throw error;
        return;
      }
      // Left while the room was loading: nothing more to do.
      if (!joining.has(conn)) return;
      const held = joining.get(conn)!;
      joining.delete(conn);
      room.connections.add(conn);
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
        return closeWith(conn, CloseCode.Malformed);
      }
      switch (message.type) {
        case 'syncStep1':
          return conn.send(encodeSyncStep2(room.doc, message.stateVector));
        case 'update':
          return handleUpdate(room, conn, message.update);
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

    storageStatus: () => storage.status(),

    setPhase(meetingId, phase) {
      return this.writeDoc(meetingId, (room) => {
        room.phase = phase;
        room.doc.transact(() => setMeetingPhase(room.doc, phase), SERVER_ORIGIN);
      });
    },

    async writeDoc(meetingId, write) {
      const room = await registry.open(meetingId);
      // Held for the call: the room is not unloaded while `write` awaits.
      room.serverUsers += 1;
      try {
        const written = write(room);
        room.agendaDirty = true;
        return await written;
      } finally {
        room.serverUsers -= 1;
        void registry.releaseIfEmpty(room);
      }
    },

    async readDoc(meetingId, read) {
      const room = await registry.open(meetingId);
      room.serverUsers += 1;
      try {
        return await read(room);
      } finally {
        room.serverUsers -= 1;
        void registry.releaseIfEmpty(room);
      }
    },

    flush: () => batcher.whenIdle(),
    flushNow: () => batcher.flush(),
    gateTime: () => gateClock?.read() ?? null,
    onCommitted: (listener) => void committedListeners.push(listener),

    async shutdown() {
      await batcher.whenIdle();
      for (const room of registry.all()) {
        for (const conn of [...room.connections]) closeWith(conn, CloseCode.GoingAway);
      }
    },
  };
}
