import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { CollabConnection } from './connection.ts';
import type { Room } from './room.ts';

/**
 * Rewrites a client's awareness update so that it can only speak for itself: entries for client
 * ids another connection introduced are dropped (not refused: a stale entry is no attack worth a
 * disconnect), and the `user` shown to others is replaced by the server's session.
 * Returns null when nothing is left. Throws on bytes that do not decode.
 */
export function guardAwarenessUpdate(
  room: Room,
  conn: CollabConnection,
  update: Uint8Array,
): Uint8Array | null {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const kept: Array<{ clientId: number; clock: number; state: string }> = [];
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const rawState = decoding.readVarString(decoder);
    if (!conn.ownedClientIds.has(clientId)) {
      if (ownedByOther(room, conn, clientId)) continue;
      conn.ownedClientIds.add(clientId);
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
  return encoding.toUint8Array(encoder);
}

function ownedByOther(room: Room, conn: CollabConnection, clientId: number): boolean {
  for (const other of room.connections) {
    if (other !== conn && other.ownedClientIds.has(clientId)) return true;
  }
  return false;
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
