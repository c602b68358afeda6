import type Database from 'better-sqlite3';
import type { BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import type * as schema from './schema.ts';

/**
 * The handle every query is written against: drizzle's SQLite query builder, awaited. On Postgres
 * the same handle is drizzle's node-postgres session (db/postgres.ts); the few places that differ
 * by dialect ask `sqliteClient` (db/openDatabase.ts). In a file of its own so that both openers
 * name it without importing each other.
 */
export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
