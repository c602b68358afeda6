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
  startMeeting,
} from './support/index.ts';

const CLAUSE = 'godkänna utvärderingen med projektorn som vittne';

/** The projector's heading: the item it shows, "6. Information & beslut: Utvärdering …". */
function projectorTitle(projector: Page) {
  return projector.getByRole('heading', { level: 1 });
}

describe('the projector view', () => {
  let server: AppServer;
  let browser: Browser;
  let secretary: Page;
  let projector: Page;

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    secretary = await signedInPage(browser, server.url, DEMO.secretary.email);
    await openMeetingFromList(secretary, '10 december 2026');
    await startMeeting(secretary);
  });

  it('opens from the live panel in a window of its own, without the app’s chrome', async () => {
    const opened = secretary.context().waitForEvent('page');
    await secretary.getByRole('button', { name: /^Projektorvy/ }).click();
    projector = await opened;
    await projector.waitForURL(/#\/meetings\/[^/]+\/projector$/);
    await projector.getByText('Mötet visas här när sekreteraren går till en punkt.').waitFor();
    // The demo's December meeting has a förmöte first: the room sees where and when (SPEC M7).
    await projector
      .getByText(/^Förmöte kommuner och region: .*08\.30.*Lilla mötesrummet/)
      .waitFor();
    expect(await projector.getByRole('banner').count()).toBe(0);
    expect(await projector.getByRole('navigation').count()).toBe(0);
    expect(await projector.locator('[contenteditable="true"], input, textarea').count()).toBe(0);
    await screenshotPage(projector, 'projector-waiting');
    await screenshotPage(secretary, 'projector-secretary-live');
  });

  it('follows the item the secretary picks in the outline and with Alt+↓', async () => {
    await secretary
      .getByRole('navigation', { name: 'Dagordning' })
      .getByRole('link', { name: /^5\./ })
      .click();
    await projectorTitle(projector)
      .filter({ hasText: /^5\. Beslut: Länsgemensam handlingsplan för suicidprevention/ })
      .waitFor();
    await secretary.keyboard.press('Alt+ArrowDown');
    await projectorTitle(projector)
      .filter({ hasText: /^6\. Information & beslut: Utvärdering av tillnyktringsplatserna/ })
      .waitFor();
  });

  it('shows the decision as the secretary writes it', async () => {
    const decision = secretary.getByRole('textbox', { name: 'Beslut, punkt 6', exact: true });
    await decision.click();
    await secretary.keyboard.press('Control+End');
    await secretary.keyboard.press('Control+Enter');
    await secretary.keyboard.type(CLAUSE);
    await projector
      .getByRole('listitem')
      .filter({ hasText: `att ${CLAUSE}` })
      .waitFor();
    await projector.getByRole('heading', { name: /beslutade:$/ }).waitFor();
    await screenshotPage(projector, 'projector');
    await expectNoA11yViolations(projector);
  });
});
