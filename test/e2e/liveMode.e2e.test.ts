import type { Browser, Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO,
  type AppServer,
  expectNoA11yViolations,
  fetchMeeting,
  fieldEditor,
  launchBrowser,
  login,
  newPersonContext,
  openMeetingFromList,
  pollUntil,
  screenshotPage,
  startServer,
  startMeeting,
} from './support/index.ts';

const ITEM_5 = /^5\. Beslut: Länsgemensam handlingsplan för suicidprevention/;
const ITEM_6 = /^6\. Information & beslut: Utvärdering av tillnyktringsplatserna/;
const NEW_CLAUSE = 'avtalet förlängs med två år';

/** The live view: the centre of the page while live mode is on. */
function liveView(page: Page): Locator {
  return page.getByRole('main');
}

/** The current item's heading in live mode. */
function liveItemTitle(page: Page): Locator {
  return liveView(page).getByRole('heading', { level: 2 }).first();
}

function projectorTitle(projector: Page): Locator {
  return projector.getByRole('heading', { level: 1 });
}

describe('the secretary’s live mode', () => {
  let server: AppServer;
  let browser: Browser;
  let secretary: Page;
  let projector: Page;
  let meetingId = '';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    secretary = await (await newPersonContext(browser, server.url)).newPage();
    await secretary.setViewportSize({ width: 1440, height: 900 });
    await login(secretary, DEMO.secretary.email);
    meetingId = await openMeetingFromList(secretary, '10 december 2026');
  });

  it('turns on when the secretary starts the meeting, before any item is chosen', async () => {
    expect(await secretary.getByRole('switch', { name: 'Liveläge' }).count()).toBe(0);
    await startMeeting(secretary);
    const toggle = secretary.getByRole('switch', { name: 'Liveläge' });
    await toggle.waitFor();
    expect(await toggle.isChecked()).toBe(true);
    await liveView(secretary)
      .getByRole('heading', { level: 1, name: /^Liveläge/ })
      .waitFor();
    await liveItemTitle(secretary).filter({ hasText: 'Ingen punkt är vald än' }).waitFor();
    expect(await secretary.getByRole('article', { name: 'Minnesanteckningarna' }).count()).toBe(0);
    await screenshotPage(secretary, 'live-mode-start');
  });

  it('shows the item chosen in the agenda large, and the projector opened from it follows', async () => {
    const opened = secretary.context().waitForEvent('page');
    await liveView(secretary)
      .getByRole('button', { name: /^Projektorvy/ })
      .click();
    projector = await opened;
    await projector.getByText('Mötet visas här när sekreteraren går till en punkt.').waitFor();

    await secretary
      .getByRole('navigation', { name: 'Dagordning' })
      .getByRole('link', { name: /^5\./ })
      .click();
    const title = liveItemTitle(secretary).filter({ hasText: ITEM_5 });
    await title.waitFor();
    const fontSize = await title.evaluate((element) =>
      parseFloat(getComputedStyle(element).fontSize),
    );
    expect(fontSize).toBeGreaterThanOrEqual(26);
    await liveView(secretary).getByText('Föredragande:').waitFor();
    // The decision is written here, in a field of its own; only this item's fields are shown.
    await fieldEditor(secretary, 'Beslut, punkt 5').waitFor();
    expect(await fieldEditor(secretary, 'Beslut, punkt 6').count()).toBe(0);
    await projectorTitle(projector).filter({ hasText: ITEM_5 }).waitFor();
    await screenshotPage(secretary, 'live-mode-item');
  });

  it('moves to the next item with Alt+↓ and back with "Föregående punkt"; the projector follows', async () => {
    await secretary.keyboard.press('Alt+ArrowDown');
    await liveItemTitle(secretary).filter({ hasText: ITEM_6 }).waitFor();
    await projectorTitle(projector).filter({ hasText: ITEM_6 }).waitFor();

    await liveView(secretary)
      .getByRole('button', { name: /^Föregående punkt/ })
      .click();
    await liveItemTitle(secretary).filter({ hasText: ITEM_5 }).waitFor();
    await projectorTitle(projector).filter({ hasText: ITEM_5 }).waitFor();

    await secretary.keyboard.press('Alt+ArrowDown');
    await liveItemTitle(secretary).filter({ hasText: ITEM_6 }).waitFor();
    await projectorTitle(projector).filter({ hasText: ITEM_6 }).waitFor();
  });

  it('[P5] starts with nobody marked, then marks a person present by typing their name (Alt+N goes there)', async () => {
    const attendance = liveView(secretary).getByRole('region', { name: 'Närvaro' });
    // Nobody is assumed present: the count says so instead of "19 av 19 närvarande".
    const called = attendance.getByText(/^Ingen markerad än · \d+ kallade$/);
    const total = Number(/(\d+) kallade/.exec((await called.textContent()) ?? '')?.[1]);
    expect(total).toBeGreaterThan(0);
    expect(await attendance.getByText(/\d+ av \d+ närvarande/).count()).toBe(0);
    // Helena Ek is marked absent first: one marked, nobody present.
    await secretary
      .getByRole('complementary', { name: 'Närvaro, kontroll och fas' })
      .getByLabel('Närvaro för Helena Ek')
      .selectOption('absent');
    await attendance.getByText(`0 av ${total} närvarande · ${total - 1} ej markerade`).waitFor();

    await secretary.keyboard.press('Alt+n');
    const entry = attendance.getByLabel('Markera närvarande: skriv ett namn');
    await pollUntil(
      async () => ((await entry.evaluate((el) => el === document.activeElement)) ? true : null),
      { what: 'Alt+N to put the caret in the attendance entry' },
    );
    await secretary.keyboard.type('Helena Ek');
    await secretary.keyboard.press('Enter');
    await attendance.getByText(`1 av ${total} närvarande · ${total - 1} ej markerade`).waitFor();
    expect(await entry.inputValue()).toBe('');
    await pollUntil(
      async () => {
        const answer = await fetchMeeting(secretary, meetingId);
        const helena = answer.minutes.attendance
          .flatMap((group) => group.people)
          .find((person) => person.name === 'Helena Ek');
        return helena?.status === 'present' ? true : null;
      },
      { what: 'Helena Ek present on the server' },
    );
  });

  it('adopts the proposal as the decision with Ctrl+Shift+Enter and adds a clause with Ctrl+Enter', async () => {
    const decision = fieldEditor(secretary, 'Beslut, punkt 6');
    await decision.click();
    await secretary.keyboard.press('Control+Shift+Enter');
    await expect
      .poll(() => decision.textContent())
      .toContain('avtalet skickas vidare för Välfärdsrådets ställningstagande');
    expect(await decision.textContent()).toContain('godkänna utvärderingen');
    await projector
      .getByRole('listitem')
      .filter({ hasText: 'att godkänna utvärderingen' })
      .waitFor();

    await secretary.keyboard.press('Control+End');
    await secretary.keyboard.press('Control+Enter');
    await secretary.keyboard.type(NEW_CLAUSE);
    await projector
      .getByRole('listitem')
      .filter({ hasText: `att ${NEW_CLAUSE}` })
      .waitFor();
  });

  it('adopts the proposal with the button "Anta förslaget som beslut" and shows the clauses', async () => {
    await secretary.keyboard.press('Alt+ArrowUp');
    await liveItemTitle(secretary).filter({ hasText: ITEM_5 }).waitFor();
    // From one decision to the next: the caret follows into the new item's decision.
    const decision = fieldEditor(secretary, 'Beslut, punkt 5');
    await pollUntil(
      async () =>
        (await decision.evaluate((element) => element.contains(document.activeElement)))
          ? true
          : null,
      { what: 'the caret in the decision of item 5' },
    );
    await liveView(secretary)
      .getByRole('button', { name: /^Anta förslaget som beslut/ })
      .click();
    await expect
      .poll(() => decision.textContent())
      .toContain('uppdra åt RSS Dalarna att följa upp planen årligen');
    await projector
      .getByRole('listitem')
      .filter({ hasText: 'att godkänna den länsgemensamma handlingsplanen för suicidprevention' })
      .waitFor();
    await pollUntil(
      async () => {
        const item = (await fetchMeeting(secretary, meetingId)).minutes.items.find(
          (candidate) => candidate.number === '5',
        );
        return item && item.decision.length === 2 ? true : null;
      },
      { what: 'the two clauses of item 5 on the server' },
    );
  });

  it('lists the live-mode keys under "?"', async () => {
    await secretary.getByRole('button', { name: 'Kortkommandon (?)' }).click();
    const dialog = secretary.getByRole('dialog', { name: 'Kortkommandon' });
    const live = dialog.getByRole('table', { name: 'I liveläget' });
    await live.waitFor();
    const text = (await live.textContent()) ?? '';
    expect(text).toContain('projektorn följer med');
    expect(text).toContain('Till närvaron');
    expect(text).toContain('Anta förslaget som beslut');
    await dialog.getByRole('button', { name: 'Stäng' }).click();
    await dialog.waitFor({ state: 'hidden' });
  });

  it('has no accessibility violations in live mode', async () => {
    await secretary.evaluate(() => window.scrollTo(0, 0));
    await screenshotPage(secretary, 'live-mode');
    await expectNoA11yViolations(secretary);
  });

  it('shows the full document at the current item when switched off, and remembers that', async () => {
    await secretary.getByRole('switch', { name: 'Liveläge' }).click();
    await secretary.getByRole('article', { name: 'Minnesanteckningarna' }).waitFor();
    const section = secretary.getByRole('region', { name: ITEM_5 });
    await pollUntil(
      async () =>
        (await section.evaluate((element) => {
          const box = element.getBoundingClientRect();
          return box.top >= 0 && box.top < window.innerHeight / 2;
        }))
          ? true
          : null,
      { what: 'item 5 at the top of the document' },
    );
    await secretary.reload();
    await secretary.getByRole('article', { name: 'Minnesanteckningarna' }).waitFor();
    expect(await secretary.getByRole('switch', { name: 'Liveläge' }).isChecked()).toBe(false);
  });
});
