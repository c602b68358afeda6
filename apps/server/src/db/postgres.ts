import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import { StartupFailure } from '../startup/startupFailure.ts';
import type { Db } from './databaseHandle.ts';
import * as schema from './schema.ts';

/** The drizzle handle of a Postgres database, as the rest of the server sees it (`Db`). */
const pools = new WeakMap<Db, pg.Pool>();

/** Any number arbitrary but fixed: the processes of one deployment agree on it. */
const STARTUP_LOCK = 0x616e7465;

/**
 * Connects to `url`, applies `drizzle/pg/` and returns the handle every query uses. The queries
 * are written once against `schema.ts` (the SQLite tables); drizzle's node-postgres session runs
 * them, and `schema.pg.ts` mirrors the columns so the values fit (docs/storage.md).
 */
export async function openPostgres(url: string, migrationsDir: string): Promise<Db> {
  const pool = new pg.Pool({
    connectionString: url,
    max: 10,
    // bigint (count(*), Yjs client ids) as numbers, as SQLite gives them: all far below 2^53.
    types: {
      getTypeParser: ((oid: number, format?: 'text' | 'binary') =>
        oid === pg.types.builtins.INT8
          ? (value: string) => Number(value)
          : pg.types.getTypeParser(oid, format)) as typeof pg.types.getTypeParser,
    },
  });
  // A connection lost while idle is reported here; the pool replaces it on the next query.
  pool.on('error', (error) =>
    console.error(`[anteckna] Postgres connection lost: ${error.message}`),
  );
  try {
    const client = await pool.connect();
    client.release();
  } catch (error) {
    await pool.end();
    throw postgresStartupFailure(error, url);
  }
  const db = drizzle(pool, { schema }) as unknown as Db;
  pools.set(db, pool);
  await withStartupLock(db, () =>
    migrate(drizzle(pool), { migrationsFolder: migrationsDir, migrationsSchema: 'drizzle' }),
  );
  return db;
}

export function postgresPool(db: Db): pg.Pool | undefined {
  return pools.get(db);
}

/**
 * Runs `work` while holding the deployment's start-up lock (a Postgres advisory lock): two
 * processes started at once on an empty database migrate and seed one after the other, so the
 * second finds the tables and the demo data there. On SQLite (one process per file) it just runs.
 */
export async function withStartupLock<T>(db: Db, work: () => Promise<T>): Promise<T> {
  const pool = pools.get(db);
  if (!pool) return work();
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
