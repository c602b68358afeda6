import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { CollabConnection } from './connection.ts';
import type { Room } from './room.ts';

/**
 * Rewrites a client's awareness update so that it can only speak for itself: entries for client
 * ids another connection introduced are dropped (not refused: a stale entry is no attack worth a
 * disconnect), and the `user` shown to others is replaced by the server's session.
 * Returns the rewritten update and the client ids it speaks for, or null when nothing is left.
 * Throws on bytes that do not decode.
 */
export function guardAwarenessUpdate(
  room: Room,
  conn: CollabConnection,
  update: Uint8Array,
): { update: Uint8Array; clientIds: number[] } | null {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const kept: Array<{ clientId: number; clock: number; state: string }> = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const rawState = decoding.readVarString(decoder);
    if (!conn.ownedClientIds.has(clientId)) {
      const owner = room.awarenessOwners.get(clientId);
      if (owner && owner !== conn) continue;
      conn.ownedClientIds.add(clientId);
      room.awarenessOwners.set(clientId, conn);
    }
    kept.push({ clientId, clock, state: rewriteState(rawState, conn) });
  }
  if (decoding.hasContent(decoder)) throw new Error('trailing bytes in awareness update');
  if (kept.length === 0) return null;
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, kept.length);
  for (const entry of kept) {
    encoding.writeVarUint(encoder, entry.clientId);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.state);
  }
  return { update: encoding.toUint8Array(encoder), clientIds: kept.map((entry) => entry.clientId) };
}

/** `null` means "this client left"; anything else must be a JSON object, or it becomes `{}`. */
function rewriteState(rawState: string, conn: CollabConnection): string {
  let state: unknown;
  try {
    state = JSON.parse(rawState);
  } catch {
    state = {};
  }
  if (state === null) return 'null';
  const object = typeof state === 'object' && !Array.isArray(state) ? state : {};
  return JSON.stringify({ ...object, user: conn.user });
}
