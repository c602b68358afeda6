import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { readAgendaRecords, updateAgendaItem } from '@anteckna/doc-schema';
import { meetings } from '../db/schema.ts';
import { seedDemoData } from '../seed/demoData.ts';
import { startTestServer } from '../testing/testServer.ts';
import { SERVER_TESTS_ON_POSTGRES } from '../testing/testPostgres.ts';

const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

function check(dataDir: string, ...args: string[]) {
  return spawnSync(process.execPath, ['--import', 'tsx', 'src/checkCli.ts', ...args], {
    cwd: serverRoot,
    env: { ...process.env, ANTECKNA_DATA_DIR: dataDir },
    encoding: 'utf8',
  });
}

// The `check` CLI opens the SQLite file in the data dir; it has no Postgres mode.
it.skipIf(SERVER_TESTS_ON_POSTGRES)(
  'passes every demo meeting without an error, and prints the findings of a meeting offline from the database file',
  async () => {
    const server = await startTestServer();
    await seedDemoData(server.deps);
    const all = await server.deps.db.select().from(meetings);
    const preparation = all.find(
      (meeting) => meeting.phase === 'preparation' && meeting.date === '2026-12-10',
    )!;
    // A secretary clears an item's title in the meeting being prepared.
    await server.deps.collab.writeDoc(preparation.id, (room) => {
      const item = readAgendaRecords(room.doc).find((record) => record.standing === null)!;
      updateAgendaItem(room.doc, item.id, { title: '' });
    });
    await server.deps.collab.flush();
    await server.close();

    for (const meeting of all.filter((m) => m.id !== preparation.id)) {
      const clean = check(server.dataDir, meeting.id);
      expect(clean.status, `${meeting.phase} ${meeting.date}: ${clean.stdout}`).toBe(0);
    }
    const locked = all.find((meeting) => meeting.phase === 'locked')!;
    expect(check(server.dataDir, locked.id).stdout.trim()).toBe('Inga fel hittades.');

    const found = check(server.dataDir, preparation.id);
    expect(found.status).toBe(1);
    expect(found.stdout).toMatch(/^fel\titem_without_title\t\S+\tPunkt \d+ saknar rubrik\.$/mu);
    const english = check(server.dataDir, preparation.id, '--lang', 'en');
    expect(english.stdout).toMatch(/^error\titem_without_title\t\S+\tItem \d+ has no title\.$/mu);
    expect(check(server.dataDir, 'no-such-meeting').status).toBe(2);
    expect(check(server.dataDir).status).toBe(2);
  },
);
