import { describe, expect, it } from 'vitest';
import { seedDemoData, DEMO_PASSWORD } from '../seed/demoData.ts';
import { apiClient } from '../testing/api.ts';
import { loginCookie, startTestServer } from '../testing/testServer.ts';
import { useCleanups } from '../testing/useCleanups.ts';

const cleanups = useCleanups();

async function demo(dataDir?: string) {
  const server = await startTestServer({}, dataDir);
  cleanups.push(() => server.close());
  if (!dataDir) await seedDemoData(server.deps);
  const cookie = await loginCookie(server.url, 'sekreterare@exempel.se', DEMO_PASSWORD);
  const meetings = (await apiClient(server.url, cookie).get('/api/meetings')).json
    .meetings as Array<{ id: string; phase: string; bodyId: string; bodyShortName: string }>;
  return { server, cookie, meetings };
}

const download = async (url: string, cookie: string | null) => {
  const response = await fetch(url, { headers: cookie ? { cookie } : {} });
  return {
    status: response.status,
    type: response.headers.get('content-type') ?? '',
    bytes: Buffer.from(await response.arrayBuffer()),
  };
};

describe('exports over HTTP', () => {
  it('renders every format of a meeting for a reader, and nothing for an anonymous request', async () => {
    const { server, cookie, meetings } = await demo();
    const circulated = meetings.find((m) => m.phase === 'circulated')!;
    const base = `${server.url}/api/meetings/${circulated.id}/export`;
    const pdf = await download(`${base}.pdf`, cookie);
    expect(pdf.status).toBe(200);
    expect(pdf.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const docx = await download(`${base}.docx`, cookie);
    expect(docx.bytes.subarray(0, 2).toString()).toBe('PK');
    const html = await download(`${base}.html`, cookie);
    expect(html.bytes.toString()).toContain('<html lang="sv"');
    const md = await download(`${base}.md`, cookie);
    expect(md.bytes.toString()).toContain('LCHNV beslutade');
    const ics = await download(`${base}.ics`, cookie);
    expect(ics.bytes.toString()).toContain('BEGIN:VEVENT');
    expect((await download(`${base}.pdf`, null)).status).toBe(401);
  });

  it('serves the locked minutes’ PDF identical on every download and after a restart', async () => {
    const { server, cookie, meetings } = await demo();
    const locked = meetings.find((m) => m.phase === 'locked')!;
    const url = `/api/meetings/${locked.id}/export.pdf`;
    const first = await download(server.url + url, cookie);
    expect(first.status).toBe(200);
    expect(first.bytes.subarray(0, 5).toString()).toBe('%PDF-');
    const second = await download(server.url + url, cookie);
    expect(first.bytes.equals(second.bytes)).toBe(true);
    const dataDir = server.dataDir;
    await server.close();
    cleanups.pop();
    const again = await demo(dataDir);
    const third = await download(again.server.url + url, again.cookie);
    expect(third.bytes.equals(first.bytes)).toBe(true);
  });

  it('publishes locked minutes without login, and only locked minutes', async () => {
    const { server, meetings } = await demo();
    const locked = meetings.find((m) => m.phase === 'locked')!;
    const circulated = meetings.find((m) => m.phase === 'circulated')!;
    const anonymous = apiClient(server.url, null);
    const listing = await anonymous.get(`/api/public/bodies/${locked.bodyId}`);
    expect(listing.status).toBe(200);
    expect(listing.json.minutes.map((m: { id: string }) => m.id)).toEqual([locked.id]);
    // The seeded September minutes have one internal item, item 7, which the public version leaves out.
    expect(listing.json.minutes[0].omitted).toEqual({ items: ['7'], attachments: [] });
    // Approved by the October meeting's decision.
    expect(listing.json.minutes[0].approvedByMeetingDate).toBe('2026-10-22');
    const html = await download(
      `${server.url}/api/public/meetings/${locked.id}/minutes.html`,
      null,
    );
    expect(html.status).toBe(200);
    expect(html.bytes.toString()).toContain('Godkända');
    expect(html.bytes.toString()).toContain('Punkt 7 är utelämnad i den offentliga versionen');
    expect(html.bytes.toString()).not.toContain('Personalfrågor');
    expect((await anonymous.get(`/api/public/meetings/${locked.id}/seal`)).json.verified).toBe(
      true,
    );
    expect(
      (await download(`${server.url}/api/public/meetings/${circulated.id}/minutes.html`, null))
        .status,
    ).toBe(404);
  });
});
