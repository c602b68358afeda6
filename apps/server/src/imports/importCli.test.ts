import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';
import { expect, it } from 'vitest';
import { DATABASE_FILE } from '../db/openDatabase.ts';
import { seedDemoData } from '../seed/demoData.ts';
import { seedMinutes } from '../testing/legacyFiles.ts';
import { startTestServer } from '../testing/testServer.ts';
import { SERVER_TESTS_ON_POSTGRES } from '../testing/testPostgres.ts';

const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

// The `import` CLI opens the SQLite file in the data dir; it has no Postgres mode.
it.skipIf(SERVER_TESTS_ON_POSTGRES)(
  'leaves what it imported in search and the decision register when it exits',
  async () => {
    const server = await startTestServer();
    await seedDemoData(server.deps);
    await server.close();
    const file = path.join(server.dataDir, 'minnesanteckningar-2021-02-19.txt');
    fs.writeFileSync(file, seedMinutes('002'));

    const run = spawnSync(
      process.execPath,
      ['--import', 'tsx', 'src/importCli.ts', '--json', '--body', 'LCHNV', file],
      {
        cwd: serverRoot,
        env: { ...process.env, ANTECKNA_DATA_DIR: server.dataDir },
        encoding: 'utf8',
      },
    );
    expect(run.status, run.stderr).toBe(0);
    const [row] = JSON.parse(run.stdout) as Array<{ result: string; meetingId: string }>;
    expect(row?.result).toBe('imported');

    // Read as a server started beside it would, without indexing anything itself.
    const db = new Database(path.join(server.dataDir, DATABASE_FILE), { readonly: true });
    try {
      const found = db
        .prepare(
          `SELECT r.meeting_id AS meetingId FROM search_text JOIN search_rows r ON r.id = search_text.rowid
         WHERE search_text MATCH '"tillnyktringsplatserna"'`,
        )
        .all() as Array<{ meetingId: string }>;
      expect(found.map((hit) => hit.meetingId)).toContain(row!.meetingId);
      const clauses = db
        .prepare('SELECT type, target FROM register_clauses WHERE meeting_id = ?')
        .all(row!.meetingId) as Array<{ type: string; target: string | null }>;
      expect(clauses).toContainEqual({ type: 'forward', target: 'Välfärdsrådet' });
    } finally {
      db.close();
    }
  },
);
