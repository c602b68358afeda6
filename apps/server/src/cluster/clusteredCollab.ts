import { CloseCode, type CloseCodeValue, type Phase } from '@anteckna/domain';
import * as decoding from 'lib0/decoding';
import * as Y from 'yjs';
import type { CollabLimits } from '../config.ts';
import type { Db } from '../db/openDatabase.ts';
import { writePhase, type CollabService } from '../collab/collabService.ts';
import { newConnectionId, type CollabConnection } from '../collab/connection.ts';
import { MessageRateLimit } from '../collab/messageRateLimit.ts';
import { MessageType } from '../collab/protocol.ts';
import type { Room } from '../collab/room.ts';
import { reachDecider, type SocketReach } from '../collab/sessionReach.ts';
import { MeetingLeases } from './meetingLease.ts';
import type { RedisLink } from './redisLink.ts';
import { RelayOutbox } from './relayOutbox.ts';
import { decodeEnvelope, type Frame } from './relayWire.ts';

/** How this process serves one socket: as the meeting's owner, by relaying, or not yet decided. */
type Route =
  | { mode: 'pending'; queue: Uint8Array[] }
  | { mode: 'local' }
  | { mode: 'relay'; owner: string }
  /** Redis is away and the meeting is not ours: served from the log, for reading only. */
  | { mode: 'readOnly' };

/** A socket of another process, as the owner's rooms see it: its messages come over Redis. */
interface Proxy {
  conn: CollabConnection;
  from: string;
  connId: number;
}

interface OwnedLease {
  /** Until when the lease is surely held: writes are decided only before then. */
  heldUntil: number;
  /** Being given back: a socket arriving now claims it anew once that is done. */
  releasing: Promise<void> | null;
}

/** The cluster's view beside the collaboration service: readiness, settling, shutdown. */
export interface Cluster {
  readonly processId: string;
  /** Redis is reachable; while not, writes are refused and sockets closed with a transient code. */
  status(): { ok: true } | { ok: false; reason: 'redis_unavailable'; since: string };
  /** Resolves once every write made here has reached its meeting's owner (or timed out). */
  settled(): Promise<void>;
}

/**
 * Several processes serving the same meetings (docs/deploy.md): one process owns a meeting at a
 * time (a lease in Redis) and decides all its writes with the one gate, as a single process does.
 * A process that receives a socket for a meeting another process owns relays the socket's
 * messages to the owner over pub/sub, and the owner's answers and broadcasts back. Server-side
 * writes made elsewhere (a phase move arriving by HTTP at another process) are committed to the
 * durable log and then sent to the owner, which applies them before answering; the HTTP answer
 * waits for that (`settled`). The single-process server does not use any of this.
 */
export function createClusteredCollab(
  local: CollabService,
  db: Db,
  link: RedisLink,
  leaseMs: number,
  limits: CollabLimits,
  now: () => number = () => Date.now(),
): { collab: CollabService; cluster: Cluster } {
  const me = link.processId;
  const leases = new MeetingLeases(link.commands, link.keyPrefix, me, leaseMs);
  const outbox = new RelayOutbox(me, (channel, message) => link.commands.publish(channel, message));
  const routes = new Map<CollabConnection, Route>();
  /** Sockets of this process relayed to another owner, by connection id. */
  const relayed = new Map<number, CollabConnection>();
  const owned = new Map<string, OwnedLease>();
  const claims = new Map<string, Promise<string | null>>();
  const proxies = new Map<string, Proxy>();
  const proxyConns = new WeakSet<CollabConnection>();
  const acks = new Map<number, () => void>();
  const settling = new Set<Promise<void>>();
  const relayRate = new MessageRateLimit(limits.messagesPerSecond, limits.messageBurst, now);
  let nextRequestId = 1;
  let closing = false;
  let downSince: Date | null = link.isReady() ? null : new Date(now());

  const log = (line: string) => console.log(`[anteckna] ${line}`);
  const closeWith = (conn: CollabConnection, close: CloseCodeValue) => {
    if (conn.isOpen()) conn.close(close.code, close.reason);
  };
  const holds = (meetingId: string) => {
    const lease = owned.get(meetingId);
    return lease !== undefined && lease.releasing === null;
  };
  const mayDecide = (meetingId: string) =>
    link.isReady() && holds(meetingId) && now() < owned.get(meetingId)!.heldUntil;

  // ---- ownership ----

  async function takeOwnership(meetingId: string, claimedAt: number) {
    // A copy loaded here before the lease (by a read or a write over HTTP) may miss what the
    // previous owner committed since: the owner's room is loaded from the log, now.
    if (local.isLive(meetingId)) await local.dropRoom(meetingId, CloseCode.MeetingMoved);
    owned.set(meetingId, { heldUntil: claimedAt + leaseMs * 0.8, releasing: null });
    log(`lease taken: meeting ${meetingId} is decided by process ${me}`);
  }

  function loseOwnership(meetingId: string, why: string) {
    if (!owned.delete(meetingId)) return;
    log(`lease lost: meeting ${meetingId} (${why}); its sockets reconnect to the next owner`);
    void local.dropRoom(meetingId, CloseCode.MeetingMoved);
  }

  /** Who owns the meeting, after taking its lease if nobody held it. */
  function claim(meetingId: string): Promise<string | null> {
    if (holds(meetingId)) return Promise.resolve(me);
    let pending = claims.get(meetingId);
    if (!pending) {
      pending = (async () => {
        await owned.get(meetingId)?.releasing;
        for (let attempt = 0; attempt < 3; attempt++) {
          const claimedAt = now();
          const owner = await leases.claim(meetingId);
          if (owner === me && !holds(meetingId)) await takeOwnership(meetingId, claimedAt);
          if (owner !== null) return owner;
        }
        return null;
      })().finally(() => claims.delete(meetingId));
      claims.set(meetingId, pending);
    }
    return pending;
  }

  async function release(meetingId: string) {
    const lease = owned.get(meetingId);
    if (!lease || lease.releasing) return;
    lease.releasing = leases
      .release(meetingId)
      .catch(() => undefined)
      .then(() => {
        owned.delete(meetingId);
        log(`lease given back: meeting ${meetingId} (nobody here uses it)`);
      });
    await lease.releasing;
  }

  // ---- sockets ----

  async function route(conn: CollabConnection, pending: Extract<Route, { mode: 'pending' }>) {
    let owner: string | null;
    try {
      owner = await claim(conn.meetingId);
    } catch {
      owner = null;
    }
    if (routes.get(conn) !== pending) return; // left meanwhile
    if (owner === null || !link.isReady()) return closeWith(conn, CloseCode.ClusterUnavailable);
    let joined: Promise<void> = Promise.resolve();
    if (owner === me) {
      routes.set(conn, { mode: 'local' });
      // The room holds what arrives while it loads, so what was queued here goes in now.
      joined = local.join(conn);
    } else {
      routes.set(conn, { mode: 'relay', owner });
      relayed.set(conn.id, conn);
      const { user, actor, sessionTokenHash } = conn;
      outbox.push(link.channelOf(owner), {
        kind: 'join',
        connId: conn.id,
        meetingId: conn.meetingId,
        who: { user, actor, sessionTokenHash },
      });
    }
    for (const data of pending.queue) collab.receive(conn, data);
    await joined;
  }

  /** The owner's gate runs only while the lease is surely held; else the client retries. */
  function receiveAsOwner(conn: CollabConnection, data: Uint8Array) {
    if (!mayDecide(conn.meetingId) && isDocumentWrite(data))
      return closeWith(conn, CloseCode.ClusterUnavailable);
    local.receive(conn, data);
  }

  function leaveRelayed(conn: CollabConnection, owner: string) {
    relayed.delete(conn.id);
    outbox.push(link.channelOf(owner), { kind: 'leave', connId: conn.id });
  }

  // ---- what other processes say ----

  function proxyFor(from: string, join: Extract<Frame, { kind: 'join' }>): Proxy {
    const { connId, meetingId, who } = join;
    const key = `${from}/${connId}`;
    let open = true;
    const channel = link.channelOf(from);
    const conn: CollabConnection = {
      id: newConnectionId(),
      meetingId,
      user: who.user,
      actor: who.actor,
      sessionTokenHash: who.sessionTokenHash,
      ownedClientIds: new Set(),
      send: (data) => {
        if (open) outbox.push(channel, { kind: 'send', connIds: [connId], data });
      },
      close: (code, reason) => {
        if (!open) return;
        open = false;
        outbox.push(channel, { kind: 'close', connId, code, reason });
        proxies.delete(key);
        // As for a real socket, leaving follows the close rather than running inside it.
        queueMicrotask(() => local.leave(conn));
      },
      isOpen: () => open,
    };
    const proxy = { conn, from, connId };
    proxies.set(key, proxy);
    proxyConns.add(conn);
    return proxy;
  }

  function dropProxy(proxy: Proxy) {
    proxies.delete(`${proxy.from}/${proxy.connId}`);
    local.leave(proxy.conn);
  }

  function handle(from: string, frame: Frame) {
    const reply = (f: Frame) => outbox.push(link.channelOf(from), f);
    switch (frame.kind) {
      case 'join': {
        if (!mayDecide(frame.meetingId))
          return reply({ kind: 'close', connId: frame.connId, ...CloseCode.MeetingMoved });
        const proxy = proxyFor(from, frame);
        return void local
          .join(proxy.conn)
          .catch(() => proxy.conn.close(CloseCode.RoomReset.code, CloseCode.RoomReset.reason));
      }
      case 'message': {
        const proxy = proxies.get(`${from}/${frame.connId}`);
        // Closed or dropped here (its process seemed gone): the socket must reconnect.
        if (!proxy)
          return reply({ kind: 'close', connId: frame.connId, ...CloseCode.MeetingMoved });
        return receiveAsOwner(proxy.conn, frame.data);
      }
      case 'leave': {
        const proxy = proxies.get(`${from}/${frame.connId}`);
        if (proxy) dropProxy(proxy);
        return;
      }
      case 'changed':
        if (holds(frame.meetingId))
          local.applyCommitted(frame.meetingId, frame.phase, frame.update);
        return reply({ kind: 'ack', requestId: frame.requestId });
      case 'ack':
        acks.get(frame.requestId)?.();
        return;
      case 'send':
        for (const id of frame.connIds) {
          const conn = relayed.get(id);
          if (conn?.isOpen()) conn.send(frame.data);
        }
        return;
      case 'close': {
        const conn = relayed.get(frame.connId);
        if (conn) conn.close(frame.code, frame.reason);
        return;
      }
      case 'reach':
        return void closeHere(frame.reach);
    }
  }

  link.onMessage((bytes) => {
    let envelope;
    try {
      envelope = decodeEnvelope(bytes);
    } catch (error) {
      return console.warn(`[anteckna] ignored a relay message that does not decode: ${error}`);
    }
    if (envelope.from === me) return; // our own message on the shared channel
    for (const frame of envelope.frames) handle(envelope.from, frame);
  });

  // ---- server-side writes made here for a meeting another process owns ----

  function request(owner: string, frame: Omit<Extract<Frame, { kind: 'changed' }>, 'requestId'>) {
    const requestId = nextRequestId++;
    return new Promise<void>((resolve) => {
      // The owner may have died: its successor loads the log, which holds the change already.
      const timer = setTimeout(() => {
        acks.delete(requestId);
        resolve();
      }, leaseMs);
      acks.set(requestId, () => {
        clearTimeout(timer);
        acks.delete(requestId);
        resolve();
      });
      outbox.push(link.channelOf(owner), { ...frame, requestId });
    });
  }

  function forwardAfterCommit(meetingId: string, phase: Phase | null, updates: Uint8Array[]) {
    if (phase === null && updates.length === 0) return;
    const forwarded = (async () => {
      await local.flush();
      // Asked after the commit: an owner that claims the meeting later loads it with the change.
      const owner = await leases.ownerOf(meetingId);
      if (owner === null || owner === me) return;
      const update = updates.length === 1 ? updates[0]! : Y.mergeUpdates(updates);
      await request(owner, { kind: 'changed', meetingId, phase, update });
    })().catch((error: Error) =>
      console.warn(
        `[anteckna] could not tell the owner of ${meetingId} of a change: ${error.message}`,
      ),
    );
    settling.add(forwarded);
    void forwarded.finally(() => settling.delete(forwarded));
  }

  /**
   * A server-side write here, on the log's copy, sent to the owner after its commit: what the
   * document emitted, and the gate's phase if the write moved it (a phase move, the lock). Only
   * a phase this write set is sent: the copy's phase, read from the database at its load, may be
   * older than the owner's.
   */
  async function writeElsewhereOwned<T>(
    meetingId: string,
    write: (room: Room) => T | Promise<T>,
    moved?: Phase,
  ): Promise<T> {
    const updates: Uint8Array[] = [];
    let phase: Phase | null = moved ?? null;
    const result = await local.writeDoc(meetingId, async (room) => {
      const before = room.phase;
      const capture = (update: Uint8Array) => updates.push(update);
      room.doc.on('update', capture);
      try {
        return await write(room);
      } finally {
        room.doc.off('update', capture);
        if (room.phase !== before) phase = room.phase;
      }
    });
    forwardAfterCommit(meetingId, phase, updates);
    return result;
  }

  // ---- sessions ending, on every process ----

  async function closeHere(reach: SocketReach): Promise<number> {
    // A relayed socket is closed by the process that holds it, not by the owner's copy of it.
    const mine = (r: Route) => r.mode === 'relay' || r.mode === 'pending';
    const conns: CollabConnection[] = [];
    local.closeWhere((conn) => (proxyConns.has(conn) ? null : (conns.push(conn), null)));
    for (const [conn, r] of routes) if (mine(r)) conns.push(conn);
    const decide = await reachDecider(db, reach, conns);
    let closed = local.closeWhere((conn) => (proxyConns.has(conn) ? null : decide(conn)));
    for (const [conn, r] of routes) {
      if (!mine(r) || !conn.isOpen()) continue;
      const close = decide(conn);
      if (close) {
        closeWith(conn, close);
        closed++;
      }
    }
    return closed;
  }

  // ---- the lease clock ----

  async function tick() {
    if (!link.isReady() || closing) return;
    const renewing: string[] = [];
    for (const [meetingId, lease] of owned) {
      if (lease.releasing) continue;
      if (local.isLive(meetingId)) renewing.push(meetingId);
      else void release(meetingId);
    }
    const sentAt = now();
    try {
      const lost = new Set(await leases.renew(renewing));
      for (const meetingId of renewing) {
        if (lost.has(meetingId)) loseOwnership(meetingId, 'another process holds it now');
        else {
          const lease = owned.get(meetingId);
          if (lease) lease.heldUntil = sentAt + leaseMs * 0.8;
        }
      }
      await checkRelayedOwners();
      await checkRelayingProcesses();
    } catch {
      // Redis went away mid-tick: the ready-change handler has closed what it must.
    }
  }

  /** Sockets relayed to an owner that no longer holds the meeting reconnect to the next one. */
  async function checkRelayedOwners() {
    const byMeeting = new Map<string, CollabConnection[]>();
    for (const conn of relayed.values()) {
      const list = byMeeting.get(conn.meetingId) ?? [];
      list.push(conn);
      byMeeting.set(conn.meetingId, list);
    }
    for (const [meetingId, conns] of byMeeting) {
      const owner = await leases.ownerOf(meetingId);
      for (const conn of conns) {
        const r = routes.get(conn);
        if (r?.mode === 'relay' && r.owner !== owner) closeWith(conn, CloseCode.MeetingMoved);
      }
    }
  }

  /** A relaying process that died leaves no presence behind in the rooms owned here. */
  async function checkRelayingProcesses() {
    const from = new Set([...proxies.values()].map((p) => p.from));
    for (const processId of from) {
      const [, subscribers] = (await link.commands.pubsub('NUMSUB', link.channelOf(processId))) as [
        string,
        number,
      ];
      if (Number(subscribers) > 0) continue;
      log(`process ${processId} is gone: its relayed sockets leave`);
      for (const proxy of [...proxies.values()]) if (proxy.from === processId) dropProxy(proxy);
    }
  }

  const ticker = setInterval(() => void tick(), Math.max(200, Math.floor(leaseMs / 3)));
  ticker.unref();

  link.onReadyChange((ready) => {
    if (!ready) {
      downSince = new Date(now());
      console.error(
        '[anteckna] lost the connection to Redis: writes are refused (clients retry) until it returns',
      );
      // Nothing can be relayed; owned rooms keep serving reads, and refuse writes (mayDecide).
      for (const [conn, r] of routes) {
        if (r.mode === 'relay' || r.mode === 'pending')
          closeWith(conn, CloseCode.ClusterUnavailable);
      }
      for (const proxy of [...proxies.values()]) dropProxy(proxy);
      return;
    }
    downSince = null;
    log('Redis is reachable again: renewing leases');
    // Read-only sockets reconnect, to the meeting's owner or through it.
    for (const [conn, r] of routes)
      if (r.mode === 'readOnly') closeWith(conn, CloseCode.MeetingMoved);
    void tick();
  });

  const collab: CollabService = {
    async join(conn) {
      if (closing) return closeWith(conn, CloseCode.GoingAway);
      if (holds(conn.meetingId)) {
        routes.set(conn, { mode: 'local' });
        return local.join(conn);
      }
      if (!link.isReady()) {
        // Reads are served while possible: the meeting as the log holds it, no writes.
        routes.set(conn, { mode: 'readOnly' });
        return local.join(conn);
      }
      const pending: Route = { mode: 'pending', queue: [] };
      routes.set(conn, pending);
      return route(conn, pending);
    },

    receive(conn, data) {
      const r = routes.get(conn);
      if (!r) return;
      switch (r.mode) {
        case 'local':
          return receiveAsOwner(conn, data);
        case 'readOnly':
          if (isDocumentWrite(data)) return closeWith(conn, CloseCode.ClusterUnavailable);
          return local.receive(conn, data);
        case 'pending':
          r.queue.push(data);
          return;
        case 'relay':
          // Counted here too, so that a flood never crosses Redis (the owner counts it again).
          if (!relayRate.take(conn)) {
            console.warn(
              `[anteckna] closed ${conn.user.id} on ${conn.meetingId}: over the message rate limit`,
            );
            return closeWith(conn, CloseCode.TooManyMessages);
          }
          outbox.push(link.channelOf(r.owner), { kind: 'message', connId: conn.id, data });
          return;
      }
    },

    leave(conn) {
      const r = routes.get(conn);
      routes.delete(conn);
      if (r?.mode === 'local' || r?.mode === 'readOnly') local.leave(conn);
      else if (r?.mode === 'relay') leaveRelayed(conn, r.owner);
    },

    connectionsOf(userId) {
      let count = 0;
      for (const conn of routes.keys()) if (conn.user.id === userId) count++;
      return count;
    },

    closeWhere: (decide) => local.closeWhere(decide),

    closeReached(reach) {
      outbox.push(link.everyone, { kind: 'reach', reach });
      return closeHere(reach);
    },

    storageStatus: () => local.storageStatus(),

    setPhase(meetingId, phase) {
      return holds(meetingId)
        ? local.setPhase(meetingId, phase)
        : writeElsewhereOwned(meetingId, (room) => writePhase(room, phase), phase);
    },

    writeDoc(meetingId, write) {
      return holds(meetingId)
        ? local.writeDoc(meetingId, write)
        : writeElsewhereOwned(meetingId, write);
    },

    // Read here, from this process's room or from the log: everything acknowledged is there.
    readDoc: (meetingId, read) => local.readDoc(meetingId, read),

    async flush() {
      await local.flush();
      await cluster.settled();
    },
    flushNow: () => local.flushNow(),
    gateTime: () => local.gateTime(),
    onCommitted: (listener) => local.onCommitted(listener),
    applyCommitted: (meetingId, phase, update) => local.applyCommitted(meetingId, phase, update),
    isLive: (meetingId) => local.isLive(meetingId),
    dropRoom: (meetingId, close) => local.dropRoom(meetingId, close),

    async shutdown() {
      closing = true;
      clearInterval(ticker);
      for (const [conn, r] of routes)
        if (r.mode === 'relay' || r.mode === 'pending') closeWith(conn, CloseCode.GoingAway);
      await local.shutdown(); // closes the owned rooms' sockets, relayed ones included
      await cluster.settled();
      await outbox.flush();
      await Promise.all(
        [...owned.keys()].map((meetingId) =>
          leases.release(meetingId).then(
            () => log(`lease given back: meeting ${meetingId} (shutting down)`),
            () => undefined,
          ),
        ),
      );
      owned.clear();
      await link.quit();
    },
  };

  const cluster: Cluster = {
    processId: me,
    status: () =>
      downSince === null
        ? { ok: true }
        : { ok: false, reason: 'redis_unavailable', since: downSince.toISOString() },
    async settled() {
      while (settling.size > 0) await Promise.all([...settling]);
    },
  };

  return { collab, cluster };
}

/** A sync step 2 or update that carries something: the only messages that write. */
export function isDocumentWrite(data: Uint8Array): boolean {
  try {
    const decoder = decoding.createDecoder(data);
    if (decoding.readVarUint(decoder) !== MessageType.Sync) return false;
    if (decoding.readVarUint(decoder) === 0) return false; // sync step 1: a question
    // An empty update (two zero bytes: no structs, no deletions) is a client with nothing new.
    return decoding.readVarUint8Array(decoder).length > 2;
  } catch {
    return false; // the collaboration service closes it as malformed
  }
}
