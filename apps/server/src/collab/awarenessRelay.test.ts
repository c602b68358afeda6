import * as decoding from 'lib0/decoding';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { Awareness, applyAwarenessUpdate, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { AwarenessRelay } from './awarenessRelay.ts';
import type { CollabConnection } from './connection.ts';
import { decodeIncoming } from './protocol.ts';
import { Room } from './room.ts';

function connection(id: number): CollabConnection & { sent: Uint8Array[] } {
  const sent: Uint8Array[] = [];
  return {
    id,
    meetingId: 'm',
    user: { id: `u${id}`, name: `Person ${id}`, color: '#123456', role: 'member' },
    actor: { userId: `u${id}`, bodyRole: 'member' },
    ownedClientIds: new Set(),
    sessionTokenHash: 'session',
    sent,
    send: (message) => sent.push(message),
    close: () => {},
    isOpen: () => true,
  } as CollabConnection & { sent: Uint8Array[] };
}

/** A person's client; each move is applied to the room as the server applies a guarded update. */
function person(room: Room, clientId: number): { move(cursor: number): void } {
  const doc = new Y.Doc();
  doc.clientID = clientId;
  const awareness = new Awareness(doc);
  return {
    move(cursor) {
      awareness.setLocalState({ cursor });
      applyAwarenessUpdate(room.awareness, encodeAwarenessUpdate(awareness, [clientId]), null);
    },
  };
}

/** The client ids an awareness message speaks for. */
function clientIdsIn(message: Uint8Array): number[] {
  const decoded = decodeIncoming(message);
  if (decoded.type !== 'awareness') throw new Error(`not awareness: ${decoded.type}`);
  const decoder = decoding.createDecoder(decoded.update);
  const ids: number[] = [];
  for (let n = decoding.readVarUint(decoder); n > 0; n--) {
    ids.push(decoding.readVarUint(decoder));
    decoding.readVarUint(decoder);
    decoding.readVarString(decoder);
  }
  return ids;
}

describe('AwarenessRelay', () => {
  it('sends the presence changes of one turn to everyone in one message, with the current states', async () => {
    const room = new Room('m', new Y.Doc(), 'preparation', 0, () => {});
    const [a, b] = [connection(1), connection(2)];
    room.connections.add(a).add(b);
    const relay = new AwarenessRelay(() => true);
    const [first, second] = [person(room, 101), person(room, 102)];
    first.move(1);
    relay.relay(room, [101]);
    second.move(1);
    relay.relay(room, [102]);
    first.move(2);
    relay.relay(room, [101]);
    expect(a.sent).toHaveLength(0);
    await nextTurn();
    for (const conn of [a, b]) {
      expect(conn.sent).toHaveLength(1);
      expect(clientIdsIn(conn.sent[0]!).sort()).toEqual([101, 102]);
    }
    expect(room.awareness.getStates().get(101)).toEqual({ cursor: 2 });
  });

  it('sends nothing for a room that was replaced meanwhile, nor for ids the awareness never took', async () => {
    const room = new Room('m', new Y.Doc(), 'preparation', 0, () => {});
    const a = connection(1);
    room.connections.add(a);
    person(room, 101).move(1);
    new AwarenessRelay(() => false).relay(room, [101]);
    new AwarenessRelay(() => true).relay(room, [999]);
    await nextTurn();
    expect(a.sent).toHaveLength(0);
  });
});
