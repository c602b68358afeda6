import type { ClientSpec } from '../load/generatorMessages.ts';
import type { ClientSlot, RoomSet } from '../servers/serverAdapter.ts';
import type { LiveParams } from './scenarioParams.ts';

interface PlannedClient {
  slot: ClientSlot;
  writer: number | null;
}

export interface ClientPlan {
  /** One list of clients per load generator. */
  perGenerator: PlannedClient[][];
  probes: PlannedClient[];
  /** One client per room that joins after the run. */
  lateJoiners: ClientSlot[];
  /** writer → room index, for counting lost edits room by room. */
  roomOfWriter: Map<number, number>;
  /** Every slot above, for the server to prepare accounts and rooms. */
  slots: ClientSlot[];
}

/**
 * Deals the clients of every room round-robin over the load generators, so a room's clients
 * sit in different processes as different people's would; probes go to rooms spread evenly.
 */
export function planClients(params: LiveParams, generators: number, probes: number): ClientPlan {
  const slots: ClientSlot[] = [];
  const slot = (room: number, role: ClientSlot['role'], fieldIndex: number): ClientSlot => {
    const made = { id: slots.length, room, role, fieldIndex };
    slots.push(made);
    return made;
  };
  const perGenerator: PlannedClient[][] = Array.from({ length: generators }, () => []);
  const roomOfWriter = new Map<number, number>();
  let index = 0;
  let writer = 1;
  for (let room = 0; room < params.rooms; room++) {
    for (let c = 0; c < params.clientsPerRoom; c++) {
      const typing = c < params.writersPerRoom;
      if (typing) roomOfWriter.set(writer, room);
      perGenerator[index++ % generators]!.push({
        slot: slot(room, typing ? 'writer' : 'reader', c),
        writer: typing ? writer++ : null,
      });
    }
  }
  const probeClients = Array.from({ length: probes }, (_, p) => ({
    slot: slot(Math.floor((p * params.rooms) / probes), 'reader', 0),
    writer: null,
  }));
  const lateJoiners = Array.from({ length: params.rooms }, (_, room) => slot(room, 'reader', 0));
  return { perGenerator, probes: probeClients, lateJoiners, roomOfWriter, slots };
}

/** What a load generator needs of a planned client, once the rooms exist. */
export function clientSpecs(clients: PlannedClient[], rooms: RoomSet): ClientSpec[] {
  return clients.map(({ slot, writer }) => ({
    target: rooms.target(slot),
    role: writer === null ? 'reader' : 'typist',
    writer,
    fieldIndex: slot.fieldIndex,
  }));
}
