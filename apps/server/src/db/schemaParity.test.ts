/**
 * schema.pg.ts mirrors schema.ts (the query code is written once, against schema.ts): the same
 * tables with the same columns, nullability and primary keys, and the same row types.
 */
import { getTableConfig as pgTableConfig, PgTable } from 'drizzle-orm/pg-core';
import { getTableConfig as sqliteTableConfig, SQLiteTable } from 'drizzle-orm/sqlite-core';
import { expect, it } from 'vitest';
import * as pg from './schema.pg.ts';
import * as sqlite from './schema.ts';

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type RowOf<T> = T extends { $inferSelect: infer Row } ? Row : never;
type Mismatched = {
  [K in keyof typeof sqlite]: K extends keyof typeof pg
    ? Same<RowOf<(typeof sqlite)[K]>, RowOf<(typeof pg)[K]>> extends true
      ? never
      : K
    : K;
}[keyof typeof sqlite];
// Fails to compile, naming the table, when a row type differs between the dialects.
const rowTypesMatch: [Mismatched] extends [never] ? true : Mismatched = true;

function describeTables(schema: Record<string, unknown>) {
  const tables: Record<string, Array<{ name: string; notNull: boolean; primary: boolean }>> = {};
  for (const value of Object.values(schema)) {
    const config =
      value instanceof SQLiteTable
        ? sqliteTableConfig(value)
        : value instanceof PgTable
          ? pgTableConfig(value)
          : null;
    if (!config) continue;
    const compositeKey = new Set(
      config.primaryKeys.flatMap((key) => key.columns.map((c) => c.name)),
    );
    tables[config.name] = config.columns
      .map((column) => ({
        name: column.name,
        notNull: column.notNull,
        primary: column.primary || compositeKey.has(column.name),
      }))
      .sort((a, b) => a.name.localeCompare(b.name));
  }
  return tables;
}

it('mirrors every SQLite table and column in the Postgres schema, with the same row types', () => {
  expect(rowTypesMatch).toBe(true);
  const sqliteTables = describeTables(sqlite);
  expect(Object.keys(sqliteTables).length).toBeGreaterThan(20);
  expect(describeTables(pg)).toEqual(sqliteTables);
});
