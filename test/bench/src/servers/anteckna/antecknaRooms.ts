import { readAgendaItemIds } from '../../client/agendaFields.ts';
import { createBenchClient } from '../../client/benchClient.ts';
import type { ClientTarget } from '../../client/clientTarget.ts';
import { BenchError, pollUntil, withDeadline } from '../../run/benchError.ts';
import type { ClientSlot, RoomSet } from '../serverAdapter.ts';
import { createMeeting, invitePresenter, loginDemo, secretaryBodyId } from './antecknaHttp.ts';
import { assignPeople, itemsToPresent } from './benchPeople.ts';

const SECRETARY = 'sekreterare@exempel.se';
/** Below the server's per-account connection limit, with room for a reconnect. */
const CONNECTIONS_PER_PERSON = 20;
const PARALLEL_REQUESTS = 4;
const PASSWORD = 'prestanda-matning';

/**
 * Meetings made as an operator would: the demo body's secretary creates each one (with its
 * standing items) and invites the people of the benchmark to present items, which is how a
 * person outside the body gets an account and the right to write an item's text. Each client
 * then connects with its own person's session and types only in an item that person presents.
 */
export async function prepareAntecknaRooms(
  port: number,
  count: number,
  slots: readonly ClientSlot[],
): Promise<RoomSet> {
  const baseUrl = `http://127.0.0.1:${port}`;
  const secretary = await loginDemo(baseUrl, SECRETARY);
  const bodyId = await secretaryBodyId(baseUrl, secretary);
  const rooms = await inBatches(
    Array.from({ length: count }, (_, i) => i),
    (i) => createMeeting(baseUrl, secretary, bodyId, `Prestandamätning ${i + 1}`),
  );
  const itemIds = await inBatches(rooms, (meetingId) =>
    agendaItemIds(targetOf(port, meetingId, secretary)),
  );

  const people = assignPeople(slots, CONNECTIONS_PER_PERSON);
  const cookieOfSlot = new Map<number, string>();
  await inBatches(people, async (held, n) => {
    const person = {
      email: `deltagare-${n + 1}@exempel.se`,
      name: `Deltagare ${n + 1}`,
      password: PASSWORD,
    };
    let cookie: string | null = null;
    // One at a time per person: the first acceptance creates the account.
    for (const { room, itemId } of itemsToPresent(held, (r) => itemIds[r]!)) {
      const session = await invitePresenter(baseUrl, secretary, rooms[room]!, itemId, person);
      cookie ??= session;
    }
    for (const slot of held) cookieOfSlot.set(slot.id, cookie!);
  });

  return {
    rooms,
    target(slot) {
      const cookie = cookieOfSlot.get(slot.id);
      if (!cookie)
        throw new BenchError(`client ${slot.id} was not planned when the rooms were made`);
      return targetOf(port, rooms[slot.room]!, cookie);
    },
  };
}

export function targetOf(port: number, meetingId: string, cookie: string): ClientTarget {
  return {
    protocol: 'y-websocket',
    serverUrl: `ws://127.0.0.1:${port}/collab`,
    room: meetingId,
    headers: { Cookie: cookie, Origin: `http://127.0.0.1:${port}` },
  };
}

async function agendaItemIds(target: ClientTarget): Promise<string[]> {
  const client = createBenchClient(target);
  try {
    await withDeadline(client.synced, 30_000, `sync of meeting ${target.room}`);
    return await pollUntil(
      () => {
        const ids = readAgendaItemIds(client.doc);
        return ids.length > 0 ? ids : null;
      },
      `the agenda of meeting ${target.room}`,
      10_000,
    );
  } finally {
    client.destroy();
  }
}

async function inBatches<T, R>(
  items: readonly T[],
  run: (item: T, index: number) => Promise<R>,
): Promise<R[]> {
  const results: R[] = [];
  for (let start = 0; start < items.length; start += PARALLEL_REQUESTS) {
    const batch = items.slice(start, start + PARALLEL_REQUESTS);
    results.push(...(await Promise.all(batch.map((item, i) => run(item, start + i)))));
  }
  return results;
}
