import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCountyNetworkBody } from '../testing/countyNetworkBody.ts';
import { pdfFromText, seedMinutes } from '../testing/legacyFiles.ts';
import { startTestServer } from '../testing/testServer.ts';
import { createTestWorld } from '../testing/testWorld.ts';
import { importArchive } from './importArchive.ts';

type Server = Awaited<ReturnType<typeof startTestServer>>;
let server: Server;
let archive: string;
let bodyId: string;

beforeAll(async () => {
  server = await startTestServer();
  const world = await createTestWorld(server.deps);
  bodyId = await createCountyNetworkBody(server.deps, world.users.secretary.id);
  archive = fs.mkdtempSync(path.join(os.tmpdir(), 'anteckna-archive-'));
  fs.writeFileSync(path.join(archive, '2020-03-06.txt'), seedMinutes('004'));
  fs.writeFileSync(path.join(archive, '2021-02-19.pdf'), await pdfFromText(seedMinutes('002')));
  fs.writeFileSync(path.join(archive, 'bild.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 1, 2, 3]));
  fs.writeFileSync(path.join(archive, '2024-12-19.txt'), seedMinutes('001'));
});
afterAll(async () => {
  await server.close();
});

describe('importing an archive', () => {
  it('imports every file it can, one row per file, a bad file stopping nothing', async () => {
    const files = fs
      .readdirSync(archive)
      .sort()
      .map((name) => path.join(archive, name));
    const progress: number[] = [];
    const rows = await importArchive(server.deps, files, {
      body: 'Länschefsnätverket',
      approved: true,
      dryRun: false,
      onProgress: (done) => progress.push(done),
    });
    expect(progress).toEqual([1, 2, 3, 4]);
    expect(rows.map((row) => [row.file, row.result.split(':')[0], row.phase, row.items])).toEqual([
      ['2020-03-06.txt', 'imported', 'locked', 3],
      ['2021-02-19.pdf', 'imported', 'locked', 13],
      ['2024-12-19.txt', 'imported', 'locked', 15],
      ['bild.png', 'import_file_type', '', 0],
    ]);
    expect(rows[1]!.errors).toBeGreaterThan(0);
    expect(rows.every((row) => row.meetingId === '' || row.meetingId.length > 0)).toBe(true);
    expect(bodyId.length).toBeGreaterThan(0);
  });
});
