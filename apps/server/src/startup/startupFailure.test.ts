import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../db/openDatabase.ts';
import { runChildServerToExit } from '../testing/childServer.ts';
import { startTestServer } from '../testing/testServer.ts';
import { SERVER_TESTS_ON_POSTGRES } from '../testing/testPostgres.ts';
import { createTestWorld } from '../testing/testWorld.ts';
import { EXIT_CODES } from './startupFailure.ts';

/**
 * Security review finding 9: a read-only data dir and a corrupted database header ended in a raw
 * stack trace, and a page damaged in the middle went unnoticed at start. Each now gives one clear
 * line and its own exit code (docs/operations.md), from the real server process.
 */
const freshDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'anteckna-start-'));

/** Root ignores permissions: the server is then run as nobody to meet them. */
const NOBODY = process.getuid?.() === 0 ? 65534 : undefined;

async function databaseWithContent(): Promise<string> {
  const server = await startTestServer();
  await createTestWorld(server.deps);
  await server.deps.collab.flush();
  await server.close();
  return server.dataDir;
}

function expectOneClearLine(result: { code: number | null; stderr: string }, code: number) {
  expect(result.code).toBe(code);
  const lines = result.stderr.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^anteckna: cannot start: /);
  expect(result.stderr).not.toMatch(/\n\s+at /);
}

// Three of these damage the SQLite file of a test server; on Postgres that server writes no file,
// and the start-up failures of Postgres are tested in db/postgresStartup.test.ts.
describe('start-up failures', () => {
  it('exits with data_dir_unusable when the data dir is a file', async () => {
    const file = path.join(freshDir(), 'not-a-dir');
    fs.writeFileSync(file, 'x');
    expectOneClearLine(await runChildServerToExit(file), EXIT_CODES.data_dir_unusable);
  });

  it.skipIf(SERVER_TESTS_ON_POSTGRES)(
    'exits with data_dir_not_writable when the data dir is read-only',
    async () => {
      const dataDir = await databaseWithContent();
      fs.chmodSync(path.join(dataDir, DATABASE_FILE), 0o444);
      fs.chmodSync(dataDir, 0o555);
      try {
        expectOneClearLine(
          await runChildServerToExit(dataDir, {}, NOBODY),
          EXIT_CODES.data_dir_not_writable,
        );
      } finally {
        fs.chmodSync(dataDir, 0o755);
      }
    },
  );

  it.skipIf(SERVER_TESTS_ON_POSTGRES)(
    'exits with database_not_a_database when the header is damaged',
    async () => {
      const dataDir = await databaseWithContent();
      const file = path.join(dataDir, DATABASE_FILE);
      const fd = fs.openSync(file, 'r+');
      fs.writeSync(fd, Buffer.from('this is no database'), 0, 16, 0);
      fs.closeSync(fd);
      expectOneClearLine(await runChildServerToExit(dataDir), EXIT_CODES.database_not_a_database);
    },
  );

  it.skipIf(SERVER_TESTS_ON_POSTGRES)(
    'exits with database_corrupt when quick_check finds a damaged page in the middle',
    async () => {
      const dataDir = await databaseWithContent();
      const file = path.join(dataDir, DATABASE_FILE);
      const sqlite = new Database(file, { readonly: true });
      const pageSize = sqlite.pragma('page_size', { simple: true }) as number;
      const rootPage = (
        sqlite.prepare("select rootpage from sqlite_master where name = 'users'").get() as {
          rootpage: number;
        }
      ).rootpage;
      sqlite.close();
      expect(rootPage).toBeGreaterThan(1);
      const fd = fs.openSync(file, 'r+');
      fs.writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (rootPage - 1) * pageSize);
      fs.closeSync(fd);
      expectOneClearLine(await runChildServerToExit(dataDir), EXIT_CODES.database_corrupt);
    },
  );

  it('exits with config_invalid on a bad setting', async () => {
    expectOneClearLine(
      await runChildServerToExit(freshDir(), { PORT: 'abc' }),
      EXIT_CODES.config_invalid,
    );
  });
});
