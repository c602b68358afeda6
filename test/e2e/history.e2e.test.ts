import type { Browser, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO,
  type AppServer,
  expectNoA11yViolations,
  launchBrowser,
  signedInPage,
  openMeetingFromList,
  screenshotPage,
  startServer,
} from './support/index.ts';

// The version history (UI.md "History"): the October demo meeting was started (a version), then
// approved September's minutes in its item 3, then was circulated (a version kept for good).
const OCTOBER = '22 oktober 2026';
const APPROVAL_CLAUSE = 'godkänna minnesanteckningarna';

interface SnapshotAnswer {
  snapshots: Array<{ id: string; label: string; phase: string; circulated: boolean }>;
}

async function snapshotsOf(page: Page, meetingId: string): Promise<SnapshotAnswer['snapshots']> {
  const response = await page.request.get(
    `/api/meetings/${encodeURIComponent(meetingId)}/snapshots`,
  );
  expect(response.ok()).toBe(true);
  return ((await response.json()) as SnapshotAnswer).snapshots;
}

describe('the version history', () => {
  let server: AppServer;
  let browser: Browser;
  let secretary: Page;
  let octoberId = '';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    secretary = await signedInPage(browser, server.url, DEMO.secretary.email);
  });

  it('lists the versions in the side panel with phase and who, the circulated one kept for good', async () => {
    octoberId = await openMeetingFromList(secretary, OCTOBER);
    const panel = secretary.getByRole('region', { name: /^Versioner/ });
    const circulated = panel.getByRole('listitem').filter({
      has: secretary.getByRole('link', { name: /^Utskickat till ledamöterna/ }),
    });
    await circulated.waitFor();
    expect(await circulated.textContent()).toContain('Utskickad');
    expect(await circulated.textContent()).toContain('sparas för alltid');
    expect(await circulated.textContent()).toContain(DEMO.secretary.name);
    const started = panel.getByRole('listitem').filter({
      has: secretary.getByRole('link', { name: /^Mötet startat/ }),
    });
    expect(await started.textContent()).not.toContain('sparas för alltid');
    expect(await started.getByText('Pågår', { exact: true }).count()).toBe(1);
  });

  it('opens the version taken when the meeting started, read-only and as it was then', async () => {
    await secretary
      .getByRole('region', { name: /^Versioner/ })
      .getByRole('link', { name: /^Mötet startat/ })
      .click();
    const version = secretary.getByRole('article', { name: /Mötet startat/ });
    await version.waitFor();
    expect(secretary.url()).toContain(`/versions/`);
    await version.getByRole('heading', { level: 1, name: 'Länschefsnätverket' }).waitFor();
    // Item 3 had no decision yet when the meeting started: the approval came later.
    const item3 = version.getByRole('region', { name: /^3\. Föregående minnesanteckningar/ });
    await item3.waitFor();
    expect(await item3.textContent()).not.toContain('godkänna minnesanteckningarna');
    expect(await secretary.locator('[contenteditable="true"]').count()).toBe(0);
    expect(await secretary.getByRole('textbox').count()).toBe(0);
    await screenshotPage(secretary, 'history-version');
    await expectNoA11yViolations(secretary);
  });

  it('compares the started and the circulated versions item by item, the approval marked as inserted', async () => {
    const snapshots = await snapshotsOf(secretary, octoberId);
    const started = snapshots.find((snapshot) => snapshot.phase === 'live');
    const circulated = snapshots.find((snapshot) => snapshot.circulated);
    expect(started && circulated).toBeTruthy();
    const aside = secretary.getByRole('complementary', { name: 'Versioner' });
    await aside.getByLabel('Från').selectOption(started!.id);
    await aside.getByLabel('Till').selectOption(circulated!.id);
    await aside.getByRole('button', { name: 'Jämför' }).click();
    await secretary.getByRole('heading', { level: 1, name: 'Jämförelse av versioner' }).waitFor();

    const item3 = secretary.getByRole('region', { name: /^3\. Föregående minnesanteckningar/ });
    const inserted = item3.locator('ins');
    await inserted.first().waitFor();
    expect(await inserted.first().textContent()).toContain(APPROVAL_CLAUSE);
    // Marked by more than colour: insertions are underlined.
    expect(
      await inserted.first().evaluate((element) => getComputedStyle(element).textDecorationLine),
    ).toContain('underline');
    // Unchanged items are folded, not shown as changes.
    expect(await secretary.getByRole('region', { name: /^1\. Mötets öppnande/ }).count()).toBe(0);
    await screenshotPage(secretary, 'history-compare');
    await expectNoA11yViolations(secretary);
  });

  it('lets the secretary keep a version by hand, named, listed with her name', async () => {
    await secretary.goto(`/#/meetings/${encodeURIComponent(octoberId)}`);
    const panel = secretary.getByRole('region', { name: /^Versioner/ });
    await panel.getByLabel('Spara en version nu').fill('Före justering');
    await panel.getByRole('button', { name: 'Spara version' }).click();
    const kept = panel.getByRole('listitem').filter({
      has: secretary.getByRole('link', { name: /^Före justering/ }),
    });
    await kept.waitFor();
    expect(await kept.textContent()).toContain(DEMO.secretary.name);
    expect((await snapshotsOf(secretary, octoberId)).map((snapshot) => snapshot.label)).toContain(
      'Före justering',
    );
    await screenshotPage(secretary, 'history-panel');
  });
});
