import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { attachmentPath } from './attachmentStore.ts';
import { apiClient } from '../testing/api.ts';
import { loginCookie, startTestServer } from '../testing/testServer.ts';
import { createTestWorld, TEST_PASSWORD } from '../testing/testWorld.ts';
import { useCleanups } from '../testing/useCleanups.ts';

const cleanups = useCleanups();

const PDF = Buffer.from('%PDF-1.4\n% minimal test attachment\n');

async function upload(
  url: string,
  cookie: string,
  path: string,
  name: string,
  bytes: Buffer,
  fields: Record<string, string> = {},
) {
  const form = new FormData();
  form.set('file', new Blob([bytes]), name);
  for (const [key, value] of Object.entries(fields)) form.set(key, value);
  const response = await fetch(url + path, { method: 'POST', headers: { cookie }, body: form });
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- test code reads arbitrary JSON
  return { status: response.status, json: (await response.json()) as any };
}

describe('attachments', () => {
  it('stores an upload under the data dir by content hash, numbers it, and serves it back', async () => {
    const server = await startTestServer();
    cleanups.push(() => server.close());
    const world = await createTestWorld(server.deps);
    const cookie = await loginCookie(server.url, world.users.presenter1.email, TEST_PASSWORD);
    const stored = await upload(
      server.url,
      cookie,
      `/api/meetings/${world.meetingId}/items/${world.items.item1}/attachments`,
      '../../etc/Bilaga.pdf',
      PDF,
    );
    expect(stored.status).toBe(201);
    expect(stored.json.fileName).toBe('Bilaga.pdf');
    expect(fs.readFileSync(attachmentPath(server.dataDir, stored.json.sha256))).toEqual(PDF);
    const minutes = (await apiClient(server.url, cookie).get(`/api/meetings/${world.meetingId}`))
      .json.minutes;
    const item = minutes.items.find((i: { id: string }) => i.id === world.items.item1);
    expect(item.attachments.map((a: { label: string }) => a.label)).toEqual(['Bilaga 1']);
    const download = await fetch(
      `${server.url}/api/meetings/${world.meetingId}/attachments/${stored.json.id}`,
      { headers: { cookie } },
    );
    expect(Buffer.from(await download.arrayBuffer())).toEqual(PDF);

    fs.rmSync(attachmentPath(server.dataDir, stored.json.sha256));
    const missing = await apiClient(server.url, cookie).get(
      `/api/meetings/${world.meetingId}/attachments/${stored.json.id}`,
    );
    expect(missing.status).toBe(410);
    expect(missing.json.error.id).toBe('attachment_missing');
  });

  it('letters attachments that join the one before them in the item (Bilaga 1a, 1b)', async () => {
    const server = await startTestServer();
    cleanups.push(() => server.close());
    const world = await createTestWorld(server.deps);
    const cookie = await loginCookie(server.url, world.users.presenter1.email, TEST_PASSWORD);
    const path = `/api/meetings/${world.meetingId}/items/${world.items.item1}/attachments`;
    const first = await upload(server.url, cookie, path, 'Rapport del 1.pdf', PDF);
    const second = await upload(
      server.url,
      cookie,
      path,
      'Rapport del 2.pdf',
      Buffer.concat([PDF, Buffer.from('% part 2\n')]),
      { joinsPrevious: 'true' },
    );
    expect([first.status, second.status]).toEqual([201, 201]);
    const minutes = (await apiClient(server.url, cookie).get(`/api/meetings/${world.meetingId}`))
      .json.minutes;
    const item = minutes.items.find((i: { id: string }) => i.id === world.items.item1);
    expect(item.attachments.map((a: { label: string }) => a.label)).toEqual([
      'Bilaga 1a',
      'Bilaga 1b',
    ]);
  });

  it('refuses a file of a type not allowed, a file that lies about its type, and another presenter’s item', async () => {
    const server = await startTestServer();
    cleanups.push(() => server.close());
    const world = await createTestWorld(server.deps);
    const cookie = await loginCookie(server.url, world.users.presenter1.email, TEST_PASSWORD);
    const base = `/api/meetings/${world.meetingId}/items`;
    const exe = await upload(
      server.url,
      cookie,
      `${base}/${world.items.item1}/attachments`,
      'program.exe',
      Buffer.from('MZ'),
    );
    expect(exe.status).toBe(415);
    expect(exe.json.error.id).toBe('attachment_type_not_allowed');
    const fake = await upload(
      server.url,
      cookie,
      `${base}/${world.items.item1}/attachments`,
      'fake.pdf',
      Buffer.from('<html>'),
    );
    expect(fake.status).toBe(415);
    const other = await upload(
      server.url,
      cookie,
      `${base}/${world.items.item2}/attachments`,
      'ok.pdf',
      PDF,
    );
    expect(other.status).toBe(403);
    expect(other.json.error.id).toBe('field_not_writable');
  });
});
