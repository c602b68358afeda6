import { PEER_AGENDA_TITLES, readAgendaFields, seedAgenda } from '../client/agendaFields.ts';
import { createBenchClient } from '../client/benchClient.ts';
import type { ClientTarget } from '../client/clientTarget.ts';
import { pollUntil, withDeadline } from '../run/benchError.ts';
import type { RoomSet } from './serverAdapter.ts';

const PARALLEL_SEEDS = 10;
const SEED_TIMEOUT_MS = 20_000;

/**
 * Rooms on a server that has no meetings: each gets the agenda a new Anteckna meeting starts
 * with, written by a first client and read back by a second, so every server starts from the
 * same document.
 */
export async function preparePeerRooms(
  count: number,
  targetOf: (room: string) => ClientTarget,
): Promise<RoomSet> {
  const rooms = Array.from({ length: count }, (_, i) => `bench-room-${i + 1}`);
  for (let start = 0; start < rooms.length; start += PARALLEL_SEEDS) {
    await Promise.all(
      rooms.slice(start, start + PARALLEL_SEEDS).map((room) => seedRoom(targetOf(room))),
    );
  }
  return { rooms, target: (slot) => targetOf(rooms[slot.room]!) };
}

async function seedRoom(target: ClientTarget): Promise<void> {
  const writer = createBenchClient(target);
  const reader = createBenchClient(target);
  try {
    await withDeadline(writer.synced, SEED_TIMEOUT_MS, `first sync of room ${target.room}`);
    if (readAgendaFields(writer.doc).length === 0) seedAgenda(writer.doc, PEER_AGENDA_TITLES);
    await withDeadline(reader.synced, SEED_TIMEOUT_MS, `sync of room ${target.room}`);
    // Read back through the server by another client: then the server holds the agenda.
    await pollUntil(
      () => (readAgendaFields(reader.doc).length === PEER_AGENDA_TITLES.length ? true : null),
      `agenda of room ${target.room} on the server`,
      SEED_TIMEOUT_MS,
      10,
    );
  } finally {
    writer.destroy();
    reader.destroy();
  }
}
