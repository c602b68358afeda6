import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, it } from 'vitest';
import { readAgendaRecords, updateAgendaItem } from '@anteckna/doc-schema';
import { meetings } from '../db/schema.ts';
import { seedDemoData } from '../seed/demoData.ts';
import { startTestServer } from '../testing/testServer.ts';
import { testDatabaseEnv } from '../testing/childServer.ts';

const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The CLI on the database of the test server that ran on `dataDir`: its file, or its Postgres. */
async function checkOn(dataDir: string) {
  const env = { ...process.env, ANTECKNA_DATA_DIR: dataDir, ...(await testDatabaseEnv(dataDir)) };
  return (...args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', 'src/checkCli.ts', ...args], {
      cwd: serverRoot,
      env,
      encoding: 'utf8',
    });
}

it('passes every demo meeting without an error, and prints the findings of a meeting offline from the database file', async () => {
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
  const check = await checkOn(server.dataDir);

  for (const meeting of all.filter((m) => m.id !== preparation.id)) {
    const clean = check(meeting.id);
    expect(clean.status, `${meeting.phase} ${meeting.date}: ${clean.stdout}`).toBe(0);
  }
  const locked = all.find((meeting) => meeting.phase === 'locked')!;
  expect(check(locked.id).stdout.trim()).toBe('Inga fel hittades.');

  const found = check(preparation.id);
  expect(found.status).toBe(1);
  expect(found.stdout).toMatch(/^fel\titem_without_title\t\S+\tPunkt \d+ saknar rubrik\.$/mu);
  const english = check(preparation.id, '--lang', 'en');
  expect(english.stdout).toMatch(/^error\titem_without_title\t\S+\tItem \d+ has no title\.$/mu);
  expect(check('no-such-meeting').status).toBe(2);
  expect(check().status).toBe(2);
});
