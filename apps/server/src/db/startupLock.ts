import type { Db } from './databaseHandle.ts';
import { postgresPool, withPostgresStartupLock } from './postgres.ts';

/** How long a second process waits for the first to finish seeding before it gives up. */
const WAIT_MS = 120_000;
const RETRY_MS = 250;

/**
 * Runs `work` (the demo data's seeding) holding the deployment's start-up lock, so that processes
 * started at once on an empty database seed it once: on Postgres an advisory lock; on a SQLite
 * file that several processes of one machine share (docs/deploy.md), a lock file beside it
 * (`proper-lockfile`: kept fresh while held, taken over when its holder died). An in-memory
 * database has one process by definition.
 */
export async function withStartupLock<T>(db: Db, work: () => Promise<T>): Promise<T> {
  const pool = postgresPool(db);
  if (pool) return withPostgresStartupLock(pool, work);
  const file = db.$client.memory ? null : db.$client.name;
  if (!file) return work();
  // Loaded here: only a server that seeds the demo data takes the lock, and loading the library
  // (with graceful-fs) cost every start about 13 ms of CPU (docs/benchmarks.md, Start-up).
  const { default: lockfile } = await import('proper-lockfile');
  const release = await lockfile.lock(file, {
    realpath: false,
    lockfilePath: `${file}.startup-lock`,
    stale: 10_000,
    retries: { retries: WAIT_MS / RETRY_MS, factor: 1, minTimeout: RETRY_MS, maxTimeout: RETRY_MS },
  });
  try {
    return await work();
  } finally {
    await release();
  }
}
