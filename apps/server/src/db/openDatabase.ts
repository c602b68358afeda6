import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { checkDataDir } from '../startup/checkDataDir.ts';
import { StartupFailure } from '../startup/startupFailure.ts';
import type { Db } from './databaseHandle.ts';
import { migrateShared } from './migrateShared.ts';
import { isPostgres, openPostgres, postgresPool } from './postgres.ts';
import * as schema from './schema.ts';
import { closeWalSync } from './walSync.ts';

export const DATABASE_FILE = 'anteckna.sqlite';

export type { Db } from './databaseHandle.ts';

/** The database the configuration names: Postgres when ANTECKNA_DATABASE_URL is set, else SQLite. */
export function openConfiguredDatabase(
  config: { dataDir: string; databaseUrl?: string },
  migrationsDir: string,
): Promise<Db> {
  if (config.databaseUrl) return openPostgres(config.databaseUrl, path.join(migrationsDir, 'pg'));
  return Promise.resolve(openDatabase(config.dataDir, migrationsDir));
}

/** The better-sqlite3 connection behind `db`, or null on Postgres. */
export function sqliteClient(db: Db): Database.Database | null {
  return isPostgres(db) ? null : db.$client;
}

/** Throws unless the database answers: readiness (`/api/health`). */
export async function pingDatabase(db: Db): Promise<void> {
  const pool = postgresPool(db);
  if (pool) await pool.query('select 1');
  else db.$client.prepare('select 1').get();
}

export async function closeDatabase(db: Db): Promise<void> {
  const pool = postgresPool(db);
  if (pool) return pool.end();
  await closeWalSync(db);
  db.$client.close();
}

/**
 * Opens (creating if needed) the SQLite file under the data dir and applies the drizzle-kit
 * migrations. WAL lets readers (exports, the API) run while the update log is being appended.
 */
export function openDatabase(dataDir: string, migrationsDir: string): Db {
  checkDataDir(dataDir, DATABASE_FILE);
  const sqlite = new Database(path.join(dataDir, DATABASE_FILE));
  sqlite.pragma('journal_mode = WAL');
  // NORMAL: a commit is written to the WAL and returns without waiting for the disk, which
  // better-sqlite3 would do on the event loop, in front of every client's messages. Nothing is
  // acknowledged before the WAL is synced all the same, on the thread pool (db/walSync.ts):
  // `withTransaction` resolves only after it, the update log settles an edit only after it, and
  // every API request that may write answers only after it (http/syncedWrites.ts). So a power
  // loss keeps every acknowledged change, as FULL did; docs/operations.md, "Durability".
  sqlite.pragma('synchronous = NORMAL');
  checkIntegrity(sqlite, dataDir);
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  const db = drizzle(sqlite, { schema });
  migrateShared(db, sqlite, migrationsDir);
  return db;
}

/**
 * PRAGMA quick_check at start: a page damaged in the middle of the file is found now, with a
 * clear message, rather than when some meeting happens to be read.
 */
function checkIntegrity(sqlite: Database.Database, dataDir: string): void {
  const problems = (sqlite.pragma('quick_check(5)') as Array<{ quick_check: string }>)
    .map((row) => row.quick_check)
    .filter((line) => line !== 'ok');
  if (problems.length > 0) {
    sqlite.close();
    throw new StartupFailure(
      'database_corrupt',
      `the database in ${dataDir} is damaged (quick_check: ${problems[0]}): restore it from a backup`,
    );
  }
}
