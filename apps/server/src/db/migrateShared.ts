import type Database from 'better-sqlite3';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';

/** drizzle's record of the migrations applied to a SQLite database. */
const MIGRATIONS_TABLE = '__drizzle_migrations';

/**
 * Applies the migrations to a SQLite file that other processes of the same deployment may be
 * migrating at the same moment (several processes on one shared file, docs/deploy.md).
 *
 * drizzle's migrator reads which migrations are applied before it begins its transaction, so of
 * two processes started at once on an empty file both read "none"; the second then waits for
 * the first's write lock and, once it has it, fails on a table the first has just created
 * ("table already exists"). When a migration fails and the record shows that more migrations
 * were applied meanwhile, another process did the work: reading the record again, the migrator
 * finds nothing (or only what is still missing) to apply. Any other failure is the caller's.
 */
export function migrateShared(
  db: BetterSQLite3Database<Record<string, unknown>>,
  sqlite: Database.Database,
  migrationsFolder: string,
  /** drizzle's migrator; a test puts in the other process's work before it. */
  apply: () => void = () => migrate(db, { migrationsFolder }),
): void {
  const before = appliedCount(sqlite);
  try {
    apply();
  } catch (error) {
    if (appliedCount(sqlite) <= before) throw error;
    migrate(db, { migrationsFolder });
  }
}

function appliedCount(sqlite: Database.Database): number {
  const table = sqlite
    .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
    .get(MIGRATIONS_TABLE);
  if (!table) return 0;
  return (sqlite.prepare(`SELECT count(*) AS n FROM ${MIGRATIONS_TABLE}`).get() as { n: number }).n;
}
