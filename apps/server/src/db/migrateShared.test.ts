import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { describe, expect, it } from 'vitest';
import { migrationsDir } from '../paths.ts';
import { useCleanups } from '../testing/useCleanups.ts';
import { migrateShared } from './migrateShared.ts';

const cleanups = useCleanups();

/** Two connections to one new SQLite file, as two processes of one deployment hold them. */
function twoProcesses() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'anteckna-migrate-'));
  const open = () => {
    const sqlite = new Database(path.join(dir, 'shared.sqlite'));
    sqlite.pragma('journal_mode = WAL');
    sqlite.pragma('busy_timeout = 5000');
    cleanups.push(() => {
      sqlite.close();
    });
    return { sqlite, db: drizzle(sqlite) };
  };
  cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  return [open(), open()] as const;
}

const tables = (sqlite: Database.Database) =>
  (
    sqlite.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").all() as {
      name: string;
    }[]
  )
    .map((row) => row.name)
    .sort();

describe('migrations on a SQLite file two processes share', () => {
  it('lets the second process start when the first migrated the file under it', () => {
    const [first, second] = twoProcesses();
    const folder = migrationsDir();
    const firstMigration = fs.readFileSync(path.join(folder, '0000_foundation.sql'), 'utf8');
    migrateShared(second.db, second.sqlite, folder, () => {
      // The race as it happens: the second process read "nothing applied", then the first
      // migrated the whole file, then the second runs the first migration's statements.
      migrate(first.db, { migrationsFolder: folder });
      second.sqlite.exec(firstMigration.split('--> statement-breakpoint')[0]!);
    });
    expect(tables(second.sqlite)).toEqual(tables(first.sqlite));
    expect(tables(second.sqlite)).toContain('meetings');
  });

  it('reports a failure that no other process explains', () => {
    const [, second] = twoProcesses();
    expect(() =>
      migrateShared(second.db, second.sqlite, migrationsDir(), () => {
        throw new Error('disk I/O error');
      }),
    ).toThrow('disk I/O error');
  });
});
