import type { Pool, PoolClient } from 'pg';
import { isDatabaseUnreachable } from '../errors/databaseUnreachable.ts';
import { StartupFailure } from '../startup/startupFailure.ts';
import type { Db } from './databaseHandle.ts';

type PostgresDriver = typeof import('./postgresDriver.ts');

/** The pool behind each Postgres handle (`Db`), and the driver that made it. */
const pools = new WeakMap<Db, { pool: Pool; driver: PostgresDriver }>();

/** Any number arbitrary but fixed: the processes of one deployment agree on it. */
const STARTUP_LOCK = 0x616e7465;

/** Connects to `url`, applies `drizzle/pg/` and returns the handle every query uses. */
export async function openPostgres(url: string, migrationsDir: string): Promise<Db> {
  const driver = await import('./postgresDriver.ts');
  const pool = driver.createPool(url);
  // A connection lost while idle is reported here; the pool replaces it on the next query.
  pool.on('error', (error) =>
    console.error(`[anteckna] Postgres connection lost: ${error.message}`),
  );
  // A connection lost while checked out (inside a transaction, between its queries) emits its
  // error on the client, where nobody listens: that would end the process. The query under way
  // fails by itself and the write path waits the outage out (db/storageHealth.ts).
  pool.on('connect', (client) =>
    client.on('error', (error) =>
      console.error(`[anteckna] Postgres connection lost in use: ${error.message}`),
    ),
  );
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end();
    throw postgresStartupFailure(error, url);
  }
  const db = driver.postgresHandle(pool);
  pools.set(db, { pool, driver });
  postgresHandles.add(db);
  await withPostgresStartupLock(pool, () => driver.migratePostgres(pool, migrationsDir));
  return db;
}

export function postgresPool(db: Db): Pool | undefined {
  return pools.get(db)?.pool;
}

/** The drizzle handle of each pooled connection, made once: connections are reused. */
const handles = new WeakMap<PoolClient, Db>();
/** Every Postgres handle: the pool's, and each connection's inside a transaction. */
const postgresHandles = new WeakSet<Db>();

/** True for a handle on Postgres (the pool's, or a transaction's); false for SQLite's. */
export function isPostgres(db: Db): boolean {
  return postgresHandles.has(db);
}

/**
 * Runs `work` in one transaction on a connection of its own. Written here rather than taken from
 * drizzle's `transaction`, which sends BEGIN outside its try: a BEGIN that fails because Postgres
 * just went away left the connection checked out forever, and after a few outages the pool had
 * none left (and `pool.end` never returned). A connection that failed is destroyed, not pooled.
 */
export async function runPostgresTransaction<T>(db: Db, work: (tx: Db) => Promise<T>): Promise<T> {
  const link = pools.get(db);
  if (!link) throw new Error('runPostgresTransaction: not a Postgres handle');
  const client = await link.pool.connect();
  let broken: Error | undefined;
  try {
    await client.query('begin');
    let tx = handles.get(client);
    if (!tx) {
      tx = link.driver.postgresHandle(client);
      handles.set(client, tx);
      postgresHandles.add(tx);
    }
    try {
      const result = await work(tx);
      await client.query('commit');
      return result;
    } catch (error) {
      await client.query('rollback').catch((rollbackFailed: unknown) => {
        broken =
          rollbackFailed instanceof Error ? rollbackFailed : new Error(String(rollbackFailed));
      });
      throw error;
    }
  } catch (error) {
    if (isDatabaseUnreachable(error)) broken ??= error as Error;
    throw error;
  } finally {
    client.release(broken);
  }
}

/**
 * Runs `work` holding the deployment's start-up lock on Postgres (an advisory lock): two
 * processes started at once on an empty database migrate and seed one after the other, so the
 * second finds the tables and the demo data there.
 */
export async function withPostgresStartupLock<T>(pool: Pool, work: () => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [STARTUP_LOCK]);
    return await work();
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [STARTUP_LOCK]).catch(() => undefined);
    client.release();
  }
}

/** Without the password: the line is logged. */
function redacted(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.password = parsed.password ? '***' : '';
    return parsed.toString();
  } catch {
    return 'the configured URL';
  }
}

function postgresStartupFailure(error: unknown, url: string): StartupFailure {
  const code = (error as { code?: string }).code;
  const message = (error as Error).message;
  // 28P01 wrong password, 28000 no such role or not allowed, 3D000 no such database.
  if (code === '28P01' || code === '28000' || code === '3D000') {
    return new StartupFailure(
      'database_login_refused',
      `Postgres at ${redacted(url)} refused the login (${message}): check ANTECKNA_DATABASE_URL`,
    );
  }
  return new StartupFailure(
    'database_unreachable',
    `cannot reach Postgres at ${redacted(url)} (${message}): is it running, and is ANTECKNA_DATABASE_URL right?`,
  );
}
