import * as Y from 'yjs';
import { readAgendaFields } from '../client/agendaFields.ts';
import { createBenchClient } from '../client/benchClient.ts';
import { contentDigest, countLostEdits, editsPresent } from '../edits/docDigest.ts';
import type { GeneratorHandle } from '../load/generatorHandle.ts';
import { BenchError, pollUntil, withDeadline } from '../run/benchError.ts';
import type { ClientSlot, RoomSet } from '../servers/serverAdapter.ts';
import type { RunContext } from './runContext.ts';

const POLL_MS = 250;
const PARALLEL_LATE_JOINERS = 20;

/**
 * Waits until, in every room, all clients hold the same document. Returns room → digest, or
 * null if they still differ when the time is up.
 */
export async function awaitConvergence(
  generators: GeneratorHandle[],
  timeoutMs: number,
): Promise<Map<string, string> | null> {
  const deadline = Date.now() + timeoutMs;
  for (let attempt = 0; attempt < Math.ceil(timeoutMs / POLL_MS) + 1; attempt++) {
    const answers = await Promise.all(
      generators.map((g) => g.request({ kind: 'digests' }, 30_000)),
    );
    const byRoom = new Map<string, Set<string>>();
    for (const { room, digest } of answers.flat()) {
      const digests = byRoom.get(room) ?? new Set<string>();
      byRoom.set(room, digests.add(digest));
    }
    if ([...byRoom.values()].every((digests) => digests.size === 1)) {
      return new Map([...byRoom].map(([room, digests]) => [room, [...digests][0]!]));
    }
    if (Date.now() >= deadline) break;
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  return null;
}

export interface LateJoinOutcome {
  lostEdits: number;
  /** Every late joiner got the document the room's clients agree on. */
  matches: boolean;
  /** room → the state vector (client → clock) of what its late joiners got. */
  received: Map<string, Map<number, number>>;
}

/**
 * A fresh client per room after the run: does it get what the room's clients hold, and which
 * edits that writers typed are missing from it?
 */
export async function checkLateJoiners(
  rooms: RoomSet,
  lateJoiners: readonly ClientSlot[],
  agreed: Map<string, string> | null,
  sentByRoom: Map<number, Map<number, number>>,
  timeoutMs: number,
): Promise<LateJoinOutcome> {
  let lostEdits = 0;
  let matches = agreed !== null;
  const received = new Map<string, Map<number, number>>();
  for (let start = 0; start < lateJoiners.length; start += PARALLEL_LATE_JOINERS) {
    const outcomes = await Promise.all(
      lateJoiners.slice(start, start + PARALLEL_LATE_JOINERS).map(async (slot) => {
        const roomIndex = slot.room;
        const client = createBenchClient(rooms.target(slot));
        try {
          await withDeadline(
            client.synced,
            timeoutMs,
            `late joiner sync of ${rooms.rooms[roomIndex]}`,
          );
          const digest = contentDigest(client.doc, readAgendaFields(client.doc));
          const lost = countLostEdits(
            sentByRoom.get(roomIndex) ?? new Map(),
            editsPresent(client.doc),
          );
          const vector = received.get(rooms.rooms[roomIndex]!) ?? new Map<number, number>();
          for (const [id, clock] of Y.decodeStateVector(Y.encodeStateVector(client.doc)))
            vector.set(id, Math.max(clock, vector.get(id) ?? 0));
          received.set(rooms.rooms[roomIndex]!, vector);
          return { lost, same: agreed?.get(rooms.rooms[roomIndex]!) === digest };
        } finally {
          client.destroy();
        }
      }),
    );
    for (const { lost, same } of outcomes) {
      lostEdits += lost;
      matches &&= same;
    }
  }
  return { lostEdits, matches, received };
}

/**
 * True once the server's own storage holds, for every room, what its late joiners got (the
 * adapter's durability check, as after the big document's burst), false if it still does not
 * when the time is up: an edit that reached every client but not the disk or database would be
 * lost in a crash.
 */
export async function awaitStored(
  ctx: Pick<RunContext, 'adapter' | 'server' | 'dataDir'>,
  received: Map<string, Map<number, number>>,
  timeoutMs: number,
): Promise<boolean> {
  const pending = new Map(received);
  try {
    return await pollUntil(
      async () => {
        for (const [room, stateVector] of pending) {
          const query = { server: ctx.server, dataDir: ctx.dataDir, room, stateVector };
          if (await ctx.adapter.isDurable(query)) pending.delete(room);
        }
        return pending.size === 0 ? true : null;
      },
      'the rooms becoming durable',
      timeoutMs,
      250,
    );
  } catch (error) {
    if (error instanceof BenchError) return false;
    throw error;
  }
}
