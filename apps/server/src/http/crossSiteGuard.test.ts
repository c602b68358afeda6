import { describe, expect, it } from 'vitest';
import { startWorldServer } from '../testing/worldServer.ts';
import { useCleanups } from '../testing/useCleanups.ts';

/**
 * Security review finding 6: a multipart upload, a logout and a JSON snapshot POST with a foreign
 * Origin succeeded (SameSite=Lax was the only guard). Every state-changing request from another
 * site is now refused with 403 `cross_site_request`, whatever its content type.
 */
const cleanups = useCleanups();

const EVIL = 'https://angripare.example';

async function setUp() {
  const { server, world, cookie, api } = await startWorldServer();
  cleanups.push(() => server.close());
  const snapshotCount = async () =>
    (await api.get(`/api/meetings/${world.meetingId}/snapshots`)).json.snapshots.length as number;
  return { server, world, cookie, api, snapshotCount };
}

describe('cross-site requests', () => {
  it('refuses a foreign-origin multipart upload, logout and JSON snapshot POST with 403, changing nothing', async () => {
    const { server, world, cookie, api, snapshotCount } = await setUp();
    const before = await snapshotCount();
    const form = new FormData();
    form.set('file', new Blob([Buffer.from('%PDF-1.4\n')]), 'Bilaga.pdf');
    const attempts = [
      fetch(
        `${server.url}/api/meetings/${world.meetingId}/items/${world.items.item1}/attachments`,
        {
          method: 'POST',
          headers: { cookie, origin: EVIL },
          body: form,
        },
      ),
      fetch(`${server.url}/api/auth/logout`, { method: 'POST', headers: { cookie, origin: EVIL } }),
      fetch(`${server.url}/api/meetings/${world.meetingId}/snapshots`, {
        method: 'POST',
        headers: { cookie, origin: EVIL, 'content-type': 'application/json' },
        body: JSON.stringify({ label: 'Förfalskad' }),
      }),
      fetch(`${server.url}/api/meetings/${world.meetingId}/snapshots`, {
        method: 'POST',
        headers: { cookie, origin: EVIL, 'content-type': 'text/plain' },
        body: JSON.stringify({ label: 'Förfalskad' }),
      }),
    ];
    for (const response of await Promise.all(attempts)) {
      expect(response.status).toBe(403);
      expect(((await response.json()) as { error: { id: string } }).error.id).toBe(
        'cross_site_request',
      );
    }
    expect(await snapshotCount()).toBe(before);
    expect((await api.get('/api/me')).status).toBe(200);
    const minutes = (await api.get(`/api/meetings/${world.meetingId}`)).json.minutes;
    const item = minutes.items.find((i: { id: string }) => i.id === world.items.item1);
    expect(item.attachments).toEqual([]);
  });

  it('refuses a cross-site request a browser marks only with Sec-Fetch-Site', async () => {
    const { server, cookie, api } = await setUp();
    const response = await fetch(`${server.url}/api/auth/logout`, {
      method: 'POST',
      headers: { cookie, 'sec-fetch-site': 'cross-site' },
    });
    expect(response.status).toBe(403);
    expect((await api.get('/api/me')).status).toBe(200);
  });

  it('lets the app’s own origin (and clients that are not browsers) through', async () => {
    const { server, world, cookie, snapshotCount } = await setUp();
    const before = await snapshotCount();
    const own = await fetch(`${server.url}/api/meetings/${world.meetingId}/snapshots`, {
      method: 'POST',
      headers: {
        cookie,
        origin: server.url,
        'sec-fetch-site': 'same-origin',
        'content-type': 'application/json',
      },
      body: JSON.stringify({ label: 'Egen' }),
    });
    expect(own.status).toBe(201);
    expect(await snapshotCount()).toBe(before + 1);
    const logout = await fetch(`${server.url}/api/auth/logout`, {
      method: 'POST',
      headers: { cookie },
    });
    expect(logout.status).toBe(204);
  });
});
