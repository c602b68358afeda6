import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { describe, expect, it } from 'vitest';
import {
  runChildServerToExit,
  startChildServer,
  type ChildServer,
} from '../testing/childServer.ts';
import {
  createTestDatabase,
  postgresSkipReason,
  TEST_POSTGRES_URL,
} from '../testing/testPostgres.ts';
import { EXIT_CODES } from '../startup/startupFailure.ts';
import { useCleanups } from '../testing/useCleanups.ts';

/**
 * Start-up on Postgres (CONTRACT "more than one process"): a database that cannot be reached or
 * refuses the login stops the process with one line and its own exit code; several processes
 * started at once on an empty database create the demo data once.
 */
const skip = postgresSkipReason();
const cleanups = useCleanups();
const dataDir = () => fs.mkdtempSync(path.join(os.tmpdir(), 'anteckna-pg-start-'));

describe.skipIf(skip !== null)(`start-up on Postgres${skip ? ` (${skip})` : ''}`, () => {
  it('exits with database_unreachable and one line when nothing listens at the address', async () => {
    const url = new URL(TEST_POSTGRES_URL);
    url.port = '1'; // nothing listens on port 1 of the loopback
    const result = await runChildServerToExit(dataDir(), { ANTECKNA_DATABASE_URL: url.toString() });
    expect(result.code).toBe(EXIT_CODES.database_unreachable);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
  });

  it('exits with database_login_refused, without printing the password, on a wrong password', async () => {
    const url = new URL(TEST_POSTGRES_URL);
    url.password = 'not-the-password';
    const result = await runChildServerToExit(dataDir(), { ANTECKNA_DATABASE_URL: url.toString() });
    expect(result.code).toBe(EXIT_CODES.database_login_refused);
    expect(result.stderr).not.toContain('not-the-password');
  });

  it('two processes started at once on an empty database create the demo data once, and write no SQLite file', async () => {
    const database = await createTestDatabase();
    cleanups.push(() => database.drop());
    const dirs = [dataDir(), dataDir()];
    const servers: ChildServer[] = await Promise.all(
      dirs.map((dir) =>
        startChildServer(dir, { ANTECKNA_DATABASE_URL: database.url, ANTECKNA_DEMO: '1' }),
      ),
    );
    for (const server of servers) {
      cleanups.push(async () => {
        server.child.kill('SIGKILL');
        await server.exited;
      });
    }
    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    try {
      const bodies = await client.query(
        'SELECT name, count(*)::int AS n FROM bodies GROUP BY name',
      );
      expect(bodies.rows.length).toBeGreaterThan(0);
      expect(bodies.rows.every((row: { n: number }) => row.n === 1)).toBe(true);
      const users = await client.query(
        "SELECT count(*)::int AS n FROM users WHERE email = 'sekreterare@exempel.se'",
      );
      expect(users.rows[0].n).toBe(1);
    } finally {
      await client.end();
    }
    for (const dir of dirs)
      expect(fs.readdirSync(dir).filter((f) => f.endsWith('.sqlite'))).toEqual([]);
  });
});
