import pg from 'pg';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type { Db } from './databaseHandle.ts';
import * as schema from './schema.ts';

/**
 * The Postgres driver (pg, and drizzle's node-postgres session, which imports it). postgres.ts
 * imports this module only when it connects: loading pg costs a restart on SQLite about 45 ms of
 * CPU and 15 MB it never uses (docs/benchmarks.md, Start-up).
 */
export function createPool(url: string): pg.Pool {
  return new pg.Pool({
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
}

/**
 * The drizzle handle of the pool or of one of its connections. The queries are written once
 * against `schema.ts` (the SQLite tables); drizzle's node-postgres session runs them, and
 * `schema.pg.ts` mirrors the columns so the values fit (docs/storage.md).
 */
export function postgresHandle(client: pg.Pool | pg.PoolClient): Db {
  return drizzle(client, { schema }) as unknown as Db;
}

export function migratePostgres(pool: pg.Pool, migrationsDir: string): Promise<void> {
  return migrate(drizzle(pool), { migrationsFolder: migrationsDir, migrationsSchema: 'drizzle' });
}
