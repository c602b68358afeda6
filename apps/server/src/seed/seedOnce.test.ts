import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, describe, expect, it } from 'vitest';
import { DATABASE_FILE } from '../db/openDatabase.ts';
import { startChildServer, type ChildServer } from '../testing/childServer.ts';

/**
 * Processes of one machine may share one SQLite file (docs/deploy.md). Started at once on an
 * empty data dir, they create the demo data once: the second waits for the first's lock file
 * and finds the data there. (The same on Postgres: db/postgresStartup.test.ts.)
 */
const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

describe('demo data on a shared SQLite file', () => {
  it('is created once when two processes start at once on an empty data dir', async () => {
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'anteckna-seed-once-'));
    const servers: ChildServer[] = await Promise.all(
      [1, 2].map(() => startChildServer(dataDir, { ANTECKNA_DEMO: '1' })),
    );
    for (const server of servers) {
      cleanups.push(async () => {
        server.child.kill('SIGKILL');
        await server.exited;
      });
    }
    const db = new Database(path.join(dataDir, DATABASE_FILE), { readonly: true });
    try {
      const users = db
        .prepare("SELECT count(*) AS n FROM users WHERE email = 'sekreterare@exempel.se'")
        .get() as { n: number };
      expect(users.n).toBe(1);
      const bodies = db.prepare('SELECT name, count(*) AS n FROM bodies GROUP BY name').all() as {
        n: number;
      }[];
      expect(bodies.length).toBeGreaterThan(0);
      expect(bodies.every((row) => row.n === 1)).toBe(true);
    } finally {
      db.close();
    }
    // Both serve the same meetings.
    const health = await Promise.all(servers.map((s) => fetch(`${s.url}/api/health`)));
    expect(health.map((r) => r.status)).toEqual([200, 200]);
  });
});
