import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO,
  type AppServer,
  checkA11y,
  describeViolations,
  launchBrowser,
  login,
  newPersonContext,
  openMeetingFromList,
  screenshotPage,
  startServer,
} from './support/index.ts';

// WCAG 2.1 AA, as axe-core checks it, on every kind of page a person meets.
async function expectNoViolations(page: Page, screenshotName: string): Promise<void> {
  await screenshotPage(page, screenshotName);
  const violations = await checkA11y(page);
  // One line per violation: a failure then reads as the list of what to fix.
  expect(describeViolations(violations)).toEqual([]);
}

describe('the pages are accessible', () => {
  let server: AppServer;
  let browser: Browser;
  let secretary: Page;
  let presenter: Page;
  let lockedMeetingId = '';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    secretary = await (await newPersonContext(browser, server.url)).newPage();
    presenter = await (await newPersonContext(browser, server.url)).newPage();
  });

  it('has no axe-core violations on the login page', async () => {
    await secretary.goto('/#/login');
    await secretary.getByRole('heading', { level: 1, name: 'Logga in' }).waitFor();
    await expectNoViolations(secretary, 'login');
  });

  it('has no axe-core violations on the meetings page', async () => {
    await login(secretary, DEMO.secretary.email);
    await secretary.getByRole('link', { name: /^10 december 2026/ }).waitFor();
    await expectNoViolations(secretary, 'meetings');
  });

  it('has no axe-core violations on the meeting page as the secretary sees it', async () => {
    await openMeetingFromList(secretary, '10 december 2026');
    await expectNoViolations(secretary, 'meeting-secretary');
  });

  it('has no axe-core violations on the meeting page as a presenter sees it', async () => {
    await login(presenter, DEMO.presenter1.email);
    await openMeetingFromList(presenter, '10 december 2026');
    await presenter.getByRole('complementary', { name: 'Dina punkter' }).waitFor();
    await expectNoViolations(presenter, 'meeting-presenter-a11y');
  });

  it('has no axe-core violations on the locked minutes page', async () => {
    await secretary.goto('/#/');
    lockedMeetingId = await openMeetingFromList(secretary, '17 september 2026');
    await secretary.getByRole('complementary', { name: 'Godkännande' }).waitFor();
    await expectNoViolations(secretary, 'minutes-locked');
  });

  it('has no axe-core violations on the exported HTML page of the locked minutes', async () => {
    const response = await secretary.goto(
      `/api/meetings/${encodeURIComponent(lockedMeetingId)}/export.html`,
    );
    expect(response?.headers()['content-type']).toMatch(/^text\/html/);
    await expectNoViolations(secretary, 'export-html-locked');
  });
});
