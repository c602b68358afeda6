import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { seedDemoData } from '../seed/demoData.ts';
import { startTestServer } from '../testing/testServer.ts';
import { SERVER_TESTS_ON_POSTGRES } from '../testing/testPostgres.ts';

const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function verify(dataDir: string, meetingId: string) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/verify.ts', meetingId], {
    cwd: serverRoot,
    env: { ...process.env, ANTECKNA_DATA_DIR: dataDir },
    encoding: 'utf8',
  });
}

// Tampers with the SQLite file behind the CLI's back; on Postgres the refusal of such changes and
// the seal check are tested in db/storageDialects.test.ts.
it.skipIf(SERVER_TESTS_ON_POSTGRES)(
  'verifies a locked meeting offline against the database file, and fails once a snapshot is tampered with',
  async () => {
    const server = await startTestServer();
    await seedDemoData(server.deps);
    const locked = server.deps.db.$client.prepare('select meeting_id as id from seals').get() as {
      id: string;
    };
    await server.close();

    const good = verify(server.dataDir, locked.id);
    expect(good.status).toBe(0);
    expect(good.stdout).toContain('matches: true');

    const Database = (await import('better-sqlite3')).default;
    const db = new Database(path.join(server.dataDir, 'anteckna.sqlite'));
    db.exec('drop trigger snapshots_no_update');
    db.prepare(
      "update snapshots set state = x'00000000' where id = (select snapshot_id from seals where meeting_id = ?)",
    ).run(locked.id);
    db.close();
    const bad = verify(server.dataDir, locked.id);
    expect(bad.status).toBe(1);
    expect(bad.stdout).toContain('matches: false');
    expect(verify(server.dataDir, 'no-such-meeting').status).toBe(2);
  },
);
