import { count, eq } from 'drizzle-orm';
import { expect, it } from 'vitest';
import * as Y from 'yjs';
import { docUpdates } from '../db/schema.ts';
import { startTestServer, waitFor } from '../testing/testServer.ts';
import { createTestWorld } from '../testing/testWorld.ts';
import { useCleanups } from '../testing/useCleanups.ts';
import { ClientIdOwnership } from './clientIdOwnership.ts';
import type { CollabConnection } from './connection.ts';
import { Room, SERVER_ORIGIN } from './room.ts';
import { WriteBatcher } from './writeBatcher.ts';

const cleanups = useCleanups();

/** A reader's connection as the batcher sees it: it only sends to it. */
function reader(meetingId: string) {
  const sent: Uint8Array[] = [];
  const conn = {
    id: -1,
    meetingId,
    isOpen: () => true,
    send: (message: Uint8Array) => void sent.push(message),
    close: () => undefined,
  } as unknown as CollabConnection;
  return { conn, sent };
}

/**
 * A batcher on a real database whose disk syncs the test ends by hand, with one room of a real
 * meeting that a reader is in.
 */
async function batcherWithManualDisk(
  commitFailed: (error: Error, rooms: Set<Room>) => void = () => undefined,
) {
  const server = await startTestServer();
  cleanups.push(() => server.close());
  const { db } = server.deps;
  const world = await createTestWorld(server.deps);
  const syncs: Array<{ resolve: () => void; reject: (error: Error) => void }> = [];
  const batcher = new WriteBatcher(
    db,
    () => undefined,
    commitFailed,
    () => new Promise<void>((resolve, reject) => syncs.push({ resolve, reject })),
  );
  const doc = new Y.Doc();
  const room: Room = new Room(world.meetingId, doc, 'preparation', 0, (update, origin) =>
    batcher.enqueue(room, update, origin),
  );
  room.clientIds = await ClientIdOwnership.load(db, world.meetingId, doc);
  const { conn, sent } = reader(world.meetingId);
  room.connections.add(conn);
  const storedRows = async () =>
    (
      await db
        .select({ rows: count() })
        .from(docUpdates)
        .where(eq(docUpdates.meetingId, world.meetingId))
    )[0]!.rows;
  const write = (value: number) =>
    doc.transact(() => doc.getMap('probe').set('n', value), SERVER_ORIGIN);
  return { batcher, syncs, room, sent, storedRows, write };
}

it('sends a batch once it is committed, without waiting for the disk, and settles it only once the disk has it', async () => {
  const { batcher, syncs, sent, storedRows, write } = await batcherWithManualDisk();
  const before = await storedRows();
  write(1);
  let settled = false;
  batcher.whenSettled(() => (settled = true));

  await waitFor(() => sent.length === 1, 'the reader got the first batch');
  expect(await storedRows()).toBe(before + 1);
  expect(syncs).toHaveLength(1);
  expect(settled).toBe(false);

  // The next batch is committed and sent while the first one's sync is still under way.
  write(2);
  await waitFor(() => sent.length === 2, 'the reader got the second batch');
  expect(await storedRows()).toBe(before + 2);
  expect(settled).toBe(false);

  syncs[0]!.resolve();
  await waitFor(() => settled, 'the first batch settled');
  let secondSettled = false;
  batcher.whenSettled(() => (secondSettled = true));
  expect(secondSettled).toBe(false);
  syncs[1]!.resolve();
  await waitFor(() => secondSettled, 'the second batch settled');

  let nothingPending = false;
  batcher.whenSettled(() => (nothingPending = true));
  expect(nothingPending).toBe(true);
});

it('drops the rooms of a batch whose sync failed, and settles it so nobody waits for ever', async () => {
  const failures: Array<{ error: Error; rooms: Set<Room> }> = [];
  const { batcher, syncs, room, write } = await batcherWithManualDisk((error, rooms) =>
    failures.push({ error, rooms }),
  );
  write(1);
  let settled = false;
  batcher.whenSettled(() => (settled = true));
  await waitFor(() => syncs.length === 1, 'the sync started');
  syncs[0]!.reject(new Error('EIO'));
  await waitFor(() => settled, 'the batch settled');
  expect(failures).toHaveLength(1);
  expect(failures[0]!.error.message).toBe('EIO');
  expect([...failures[0]!.rooms]).toEqual([room]);
});

it('is idle only once what was enqueued while it waited is settled too, as a room is unloaded only then', async () => {
  const { batcher, syncs, write } = await batcherWithManualDisk();
  write(1);
  let idle = false;
  void batcher.whenIdle().then(() => (idle = true));
  await waitFor(() => syncs.length === 1, 'the first batch is syncing');
  // A server write to the same meeting, made while the first batch waits for the disk.
  write(2);
  await waitFor(() => syncs.length === 2, 'the second batch is syncing');
  syncs[0]!.resolve();
  await new Promise((resolve) => setImmediate(resolve));
  // The first batch is settled now; the second is still waiting for the disk.
  expect(idle).toBe(false);
  syncs[1]!.resolve();
  await waitFor(() => idle, 'idle once the second batch settled');
});
