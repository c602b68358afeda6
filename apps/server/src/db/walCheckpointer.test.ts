import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it, vi } from 'vitest';
import { SERVER_TESTS_ON_POSTGRES } from '../testing/testPostgres.ts';
import { startTestServer, waitFor } from '../testing/testServer.ts';
import { useCleanups } from '../testing/useCleanups.ts';
import { sqliteClient } from './openDatabase.ts';
import { WalCheckpointer, walCheckpointerOf } from './walCheckpointer.ts';

const cleanups = useCleanups();
const AN_HOUR = 3_600_000;

/** A WAL-mode database file with a table, as the server opens it. */
function walDatabase() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'anteckna-checkpoint-'));
  const file = path.join(dir, 'db.sqlite');
  const sqlite = new Database(file);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = NORMAL');
  sqlite.exec('create table pages (body blob)');
  cleanups.push(() => {
    if (sqlite.open) sqlite.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return { sqlite, file };
}

/** Commits `pages` rows of one page each, in transactions of `perCommit`. */
function writePages(sqlite: Database.Database, pages: number, perCommit: number) {
  const insert = sqlite.prepare('insert into pages (body) values (?)');
  const commit = sqlite.transaction((count: number) => {
    for (let i = 0; i < count; i++) insert.run(Buffer.alloc(4000, i % 251));
  });
  for (let written = 0; written < pages; written += perCommit) commit(perCommit);
}

describe.skipIf(SERVER_TESTS_ON_POSTGRES)('the WAL checkpointed on a thread of its own', () => {
  it('leaves the WAL to the thread: commits past 1,000 pages copy nothing into the database file, the thread does', async () => {
    const { sqlite, file } = walDatabase();
    const checkpointer = WalCheckpointer.start(sqlite, AN_HOUR);
    cleanups.push(() => checkpointer.stop());
    expect(sqlite.pragma('wal_autocheckpoint', { simple: true })).toBe(0);

    writePages(sqlite, 1_500, 100);
    // SQLite's own checkpoint would have run inside the commit that passed 1,000 pages and
    // copied them into the file; the file still holds only its first pages.
    expect(fs.statSync(file).size).toBeLessThan(100_000);

    const result = await checkpointer.checkpoint();
    expect(result.log).toBeGreaterThan(1_500);
    expect(result.checkpointed).toBe(result.log);
    expect(fs.statSync(file).size).toBeGreaterThan(1_500 * 4_000);
    const rows = sqlite.prepare('select count(*) as n from pages').get() as { n: number };
    expect(rows.n).toBe(1_500);
  });

  it('hands the checkpoints back to the connection, and says so, when the thread fails', async () => {
    const { sqlite, file } = walDatabase();
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    cleanups.push(() => warn.mockRestore());
    // The thread cannot open a file that is gone: it fails as it starts.
    fs.rmSync(file);
    const checkpointer = WalCheckpointer.start(sqlite, AN_HOUR);
    cleanups.push(() => checkpointer.stop());
    await waitFor(
      () => sqlite.pragma('wal_autocheckpoint', { simple: true }) === 1000,
      'the connection checkpointing again',
    );
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('checkpoint thread failed'));
    await expect(checkpointer.checkpoint()).rejects.toThrow();
  });

  it("is how the server's database runs", async () => {
    const server = await startTestServer();
    cleanups.push(() => server.close());
    const client = sqliteClient(server.deps.db)!;
    expect(client.pragma('wal_autocheckpoint', { simple: true })).toBe(0);
    const result = await walCheckpointerOf(client)!.checkpoint();
    expect(result.checkpointed).toBe(result.log);
  });
});
