import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { watchFileSyncs } from '../testing/fileSyncs.ts';
import { SERVER_TESTS_ON_POSTGRES } from '../testing/testPostgres.ts';
import { startTestServer, waitFor } from '../testing/testServer.ts';
import { useCleanups } from '../testing/useCleanups.ts';
import { sqliteClient } from './openDatabase.ts';
import { withTransaction } from './transaction.ts';
import { WalSync, walSynced } from './walSync.ts';

const cleanups = useCleanups();

/** An fsync the test ends by hand, counting how many were started. */
function manualFsync() {
  const pending: Array<{ resolve: () => void; reject: (error: Error) => void }> = [];
  return {
    pending,
    fsync: () => new Promise<void>((resolve, reject) => pending.push({ resolve, reject })),
  };
}

function tracked(promise: Promise<void>) {
  const state = { done: false, failed: null as Error | null };
  promise.then(
    () => (state.done = true),
    (error: Error) => (state.failed = error),
  );
  return state;
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('syncing the write-ahead log off the event loop', () => {
  it('makes the callers that come while an fsync runs wait for one more, shared by all of them', async () => {
    const disk = manualFsync();
    const walSync = new WalSync(disk.fsync, undefined, 0);
    const first = tracked(walSync.sync());
    // These two may have committed after the running fsync began: it need not cover them.
    const second = tracked(walSync.sync());
    const third = tracked(walSync.sync());
    expect(disk.pending).toHaveLength(1);

    disk.pending[0]!.resolve();
    await settle();
    expect(first.done).toBe(true);
    expect(second.done || third.done).toBe(false);
    expect(disk.pending).toHaveLength(2);

    disk.pending[1]!.resolve();
    await settle();
    expect(second.done && third.done).toBe(true);
    expect(disk.pending).toHaveLength(2);
  });

  it('starts the next fsync only once the gap since the last one began has passed, and one after a quiet spell at once', async () => {
    const disk = manualFsync();
    const walSync = new WalSync(disk.fsync, undefined, 40);
    const first = tracked(walSync.sync());
    disk.pending[0]!.resolve();
    await settle();
    expect(first.done).toBe(true);

    // Right after the first one: it waits for the gap, and the callers meanwhile share it.
    const second = tracked(walSync.sync());
    const third = tracked(walSync.sync());
    await settle();
    expect(disk.pending).toHaveLength(1);
    await waitFor(() => disk.pending.length === 2, 'the second fsync');
    disk.pending[1]!.resolve();
    await settle();
    expect(second.done && third.done).toBe(true);

    // After a quiet spell longer than the gap, a caller's fsync starts at once.
    await new Promise((resolve) => setTimeout(resolve, 60));
    const later = tracked(walSync.sync());
    expect(disk.pending).toHaveLength(3);
    disk.pending[2]!.resolve();
    await settle();
    expect(later.done).toBe(true);
  });

  it('reports a failed fsync to its callers and tries again for the next caller', async () => {
    const disk = manualFsync();
    const walSync = new WalSync(disk.fsync, undefined, 0);
    const failing = tracked(walSync.sync());
    disk.pending[0]!.reject(new Error('EIO'));
    await settle();
    expect(failing.failed?.message).toBe('EIO');

    const next = tracked(walSync.sync());
    expect(disk.pending).toHaveLength(2);
    disk.pending[1]!.resolve();
    await settle();
    expect(next.done).toBe(true);
  });
});

describe.skipIf(SERVER_TESTS_ON_POSTGRES)('commits and their sync, on SQLite', () => {
  it('commits at NORMAL, and a transaction resolves only once the WAL is synced, unless it syncs later', async () => {
    const server = await startTestServer();
    cleanups.push(() => server.close());
    const { db } = server.deps;
    const client = sqliteClient(db)!;
    const NORMAL = 1;
    expect(client.pragma('synchronous', { simple: true })).toBe(NORMAL);
    await db.run(sql`create table wal_probe (n integer)`);
    const syncs = await watchFileSyncs();
    cleanups.push(syncs.restore);

    syncs.hold();
    let resolved = false;
    const first = withTransaction(db, async (tx) => {
      await tx.run(sql`insert into wal_probe values (1)`);
    }).then(() => (resolved = true));
    await waitFor(() => syncs.waiting > 0, 'the transaction to wait for the WAL sync');
    expect(resolved).toBe(false);
    syncs.release();
    await first;
    expect(syncs.count).toBe(1);

    await withTransaction(
      db,
      async (tx) => {
        await tx.run(sql`insert into wal_probe values (2)`);
      },
      { syncLater: true },
    );
    expect(syncs.count).toBe(1);
    await walSynced(db);
    expect(syncs.count).toBe(2);
    expect(client.prepare('select count(*) as n from wal_probe').get()).toEqual({ n: 2 });
  });
});
