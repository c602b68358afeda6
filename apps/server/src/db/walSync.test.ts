import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { SERVER_TESTS_ON_POSTGRES } from '../testing/testPostgres.ts';
import { startTestServer } from '../testing/testServer.ts';
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
    const walSync = new WalSync(disk.fsync);
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

  it('reports a failed fsync to its callers and tries again for the next caller', async () => {
    const disk = manualFsync();
    const walSync = new WalSync(disk.fsync);
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

describe.skipIf(SERVER_TESTS_ON_POSTGRES)('a commit that syncs later, on SQLite', () => {
  it('commits without syncing, leaves every other commit at FULL, and is synced by walSynced', async () => {
    const server = await startTestServer();
    cleanups.push(() => server.close());
    const { db } = server.deps;
    const client = sqliteClient(db)!;
    const FULL = 2;
    const NORMAL = 1;
    let levelInside = 0;
    await withTransaction(
      db,
      async (tx) => {
        levelInside = client.pragma('synchronous', { simple: true }) as number;
        await tx.run(sql`create table wal_probe (n integer)`);
        await tx.run(sql`insert into wal_probe values (1)`);
      },
      { syncLater: true },
    );
    expect(levelInside).toBe(NORMAL);
    expect(client.pragma('synchronous', { simple: true })).toBe(FULL);
    await walSynced(db);
    expect(client.prepare('select count(*) as n from wal_probe').get()).toEqual({ n: 1 });
  });
});
