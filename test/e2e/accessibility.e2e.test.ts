import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO,
  type AppServer,
  expectNoA11yViolations,
  LANDMARK_RULES,
  launchBrowser,
  login,
  newPersonContext,
  openMeetingFromList,
  screenshotPage,
  startServer,
} from './support/index.ts';

// WCAG 2.1 AA, as axe-core checks it, on every kind of page a person meets.
/** Screenshots the page for a person to look at, then checks it with axe-core. */
async function screenshotAndCheck(
  page: Page,
  screenshotName: string,
  extraRules: readonly string[] = [],
): Promise<void> {
  await screenshotPage(page, screenshotName);
  await expectNoA11yViolations(page, extraRules);
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
    await screenshotAndCheck(secretary, 'login');
  });

  it('has no axe-core violations on the meetings page', async () => {
    await login(secretary, DEMO.secretary.email);
    await secretary.getByRole('link', { name: /^10 december 2026/ }).waitFor();
    await screenshotAndCheck(secretary, 'meetings');
  });

  it('has no axe-core violations on the meeting page as the secretary sees it', async () => {
    await openMeetingFromList(secretary, '10 december 2026');
    await screenshotAndCheck(secretary, 'meeting-secretary', LANDMARK_RULES);
  });

  it('has no axe-core violations on the meeting page as a presenter sees it', async () => {
    await login(presenter, DEMO.presenter1.email);
    await openMeetingFromList(presenter, '10 december 2026');
    await presenter.getByRole('complementary', { name: 'Dina punkter' }).waitFor();
    await screenshotAndCheck(presenter, 'meeting-presenter-a11y', LANDMARK_RULES);
  });

  it('has no axe-core violations on the locked minutes page', async () => {
    await secretary.goto('/#/');
    lockedMeetingId = await openMeetingFromList(secretary, '17 september 2026');
    await secretary.getByRole('complementary', { name: 'Godkännande' }).waitFor();
    await screenshotAndCheck(secretary, 'minutes-locked', LANDMARK_RULES);
  });

  it('has no axe-core violations on the exported HTML page of the locked minutes', async () => {
    const response = await secretary.goto(
      `/api/meetings/${encodeURIComponent(lockedMeetingId)}/export.html`,
    );
    expect(response?.headers()['content-type']).toMatch(/^text\/html/);
    await screenshotAndCheck(secretary, 'export-html-locked');
  });
});
