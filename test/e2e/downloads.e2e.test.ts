import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO,
  type AppServer,
  launchBrowser,
  signedInPage,
  openMeetingFromList,
  startServer,
} from './support/index.ts';

/** Downloads one link of the page's "Ladda ner" panel with the page's own session. */
async function download(page: Page, list: string, name: string): Promise<Buffer> {
  const href = await page
    .getByRole('list', { name: list })
    .getByRole('link', { name, exact: true })
    .getAttribute('href');
  expect(href, `${list}: ${name}`).toBeTruthy();
  const response = await page.request.get(href!);
  expect(response.status(), `${list}: ${name}`).toBe(200);
  return Buffer.from(await response.body());
}

// Issue 7: a new user downloads the minutes, the meeting pack and the calendar invitation.
describe('downloads from the meeting page', () => {
  let server: AppServer;
  let browser: Browser;
  let member: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    member = await signedInPage(browser, server.url, DEMO.member.email);
    await openMeetingFromList(member, '10 december 2026');
  });

  it('offers the minutes as a PDF, a Word file, an HTML page and Markdown that each open as such', async () => {
    const pdf = await download(member, 'Minnesanteckningarna', 'PDF');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    const docx = await download(member, 'Minnesanteckningarna', 'Word');
    expect(docx.subarray(0, 2).toString()).toBe('PK');
    const html = (await download(member, 'Minnesanteckningarna', 'HTML')).toString();
    expect(html).toContain('<html lang="sv"');
    expect(html).toContain('Länsgemensam handlingsplan för suicidprevention');
    const md = (await download(member, 'Minnesanteckningarna', 'Markdown')).toString();
    expect(md).toContain('Länsgemensam handlingsplan för suicidprevention');
  });

  it('offers the meeting pack (handlingar) before the meeting, with the proposals', async () => {
    const html = (await download(member, 'Mötesunderlaget (handlingar)', 'HTML')).toString();
    expect(html).toContain('Förslag till beslut');
    const pdf = await download(member, 'Mötesunderlaget (handlingar)', 'PDF');
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  });

  it('offers a calendar invitation with the meeting’s date and place', async () => {
    const href = await member
      .getByRole('link', { name: 'Kalenderinbjudan (.ics)' })
      .getAttribute('href');
    const ics = (await (await member.request.get(href!)).body()).toString();
    expect(ics).toContain('BEGIN:VCALENDAR');
    expect(ics).toContain('DTSTART');
    expect(ics).toMatch(/20261210T/);
    expect(ics).toContain('Stängslet');
  });
});
