import { mayWrite, type WriteRefusalReason } from '@anteckna/domain';
import type { CollabConnection } from './connection.ts';
import type { GateClock } from './gateClock.ts';
import {
  applyGuarded,
  decideUpdateRoots,
  type GateDecision,
  type PendingUpdateBuffer,
} from './gate/index.ts';
import { meetingWriteContext } from './meetingWriteContext.ts';
import type { Room } from './room.ts';

export type UpdateOutcome =
  | { kind: 'applied'; roots: Set<string> }
  | { kind: 'buffered' }
  | { kind: 'refused'; root: string; reason: WriteRefusalReason }
  | { kind: 'foreignClientId'; clientId: number }
  | { kind: 'malformed'; detail: string }
  | { kind: 'overflow' }
  | { kind: 'reset' };

/**
 * The one path every client update takes: decide which roots it touches (from its bytes and the
 * server's document, without applying it), check each against the write policy, then apply it.
 * Nothing is stored or sent here: the room's `update` listener hands what the document emitted
 * to the write batcher, which commits before it broadcasts.
 */
export function receiveUpdate(
  room: Room,
  conn: CollabConnection,
  update: Uint8Array,
  pending: PendingUpdateBuffer,
  now: number,
  clock: GateClock | null = null,
): UpdateOutcome {
  const merged = pending.mergeWith(update);
  if (!merged.ok) return { kind: 'malformed', detail: merged.detail };
  const verdict = clock
    ? clock.time(() => gateVerdict(room, conn, merged.update))
    : gateVerdict(room, conn, merged.update);
  if (verdict.kind === 'malformed') return verdict;
  if (verdict.kind === 'missing') {
    // Normal on reconnect: parts arrive before what they depend on. Hold them, bounded.
    return pending.hold(merged.update, now) ? { kind: 'buffered' } : { kind: 'overflow' };
  }
  if (verdict.kind === 'refused' || verdict.kind === 'foreignClientId') {
    pending.clear();
    return verdict;
  }
  room.clientIds.claim(verdict.writtenClients, conn.user.id);
  // Applied even when it changes no root: it may still advance the state vector.
  room.staging = [];
  const result = applyGuarded(room.doc, merged.update, conn);
  const staged = room.staging;
  room.staging = null;
  pending.clear();
  if (!result.ok) return { kind: 'reset' };
  if (verdict.roots.has('agenda')) room.agendaDirty = true;
  room.accept(staged, conn);
  return { kind: 'applied', roots: verdict.roots };
}

/**
 * The gate itself: which roots the update would change and under whose client ids it writes; may
 * its sender write under every one of those ids, and write every one of those roots.
 */
function gateVerdict(
  room: Room,
  conn: CollabConnection,
  update: Uint8Array,
): GateDecision | Extract<UpdateOutcome, { kind: 'refused' | 'foreignClientId' }> {
  const decision = decideUpdateRoots(room.doc, update);
  if (decision.kind !== 'roots') return decision;
  const foreign = room.clientIds.foreignClient(decision.writtenClients, conn.user.id);
  if (foreign !== null) return { kind: 'foreignClientId', clientId: foreign };
  const context = meetingWriteContext(room);
  for (const root of decision.roots) {
    const verdict = mayWrite(conn.actor, root, context);
    if (!verdict.allowed) return { kind: 'refused', root, reason: verdict.reason };
  }
  return decision;
}
