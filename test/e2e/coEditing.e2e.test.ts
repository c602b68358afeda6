import type { Browser, BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO,
  type AppServer,
  blocksText,
  fetchMeeting,
  fieldEditor,
  itemByNumber,
  launchBrowser,
  login,
  newPersonContext,
  openMeetingFromList,
  screenshotPage,
  startServer,
  typeAtEnd,
  waitConnected,
  waitSaved,
} from './support/index.ts';

// Issue 3: two people write the same field at once, and what they wrote survives a crash.
const FIELD = 'Bakgrund, punkt 4 a';
const SECRETARY_TEXT = ' Sekreteraren lägger till att upphandlingen är klar.';
const PRESENTER_TEXT = ' Föredraganden skriver om utbildningen av användare.';

describe('co-editing one field', () => {
  let server: AppServer;
  let browser: Browser;
  let secretaryContext: BrowserContext;
  let presenterContext: BrowserContext;
  let secretary: Page;
  let presenter: Page;
  let meetingId = '';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    secretaryContext = await newPersonContext(browser, server.url);
    presenterContext = await newPersonContext(browser, server.url);
    secretary = await secretaryContext.newPage();
    presenter = await presenterContext.newPage();
    await Promise.all([
      login(secretary, DEMO.secretary.email),
      login(presenter, DEMO.presenter1.email),
    ]);
    [meetingId] = await Promise.all([
      openMeetingFromList(secretary, '10 december 2026'),
      openMeetingFromList(presenter, '10 december 2026'),
    ]);
  });

  it('shows each writer the other’s text in item 4 a "Införandet av nytt journalsystem i regionen"', async () => {
    await secretary
      .getByRole('heading', {
        name: '4 a) Information: Införandet av nytt journalsystem i regionen',
      })
      .waitFor();
    await Promise.all([
      typeAtEnd(secretary, FIELD, SECRETARY_TEXT),
      typeAtEnd(presenter, FIELD, PRESENTER_TEXT),
    ]);
    for (const page of [secretary, presenter]) {
      await expect
        .poll(() => fieldEditor(page, FIELD).textContent(), { timeout: 20_000 })
        .toContain(SECRETARY_TEXT.trim());
      await expect
        .poll(() => fieldEditor(page, FIELD).textContent(), { timeout: 20_000 })
        .toContain(PRESENTER_TEXT.trim());
    }
  });

  it('shows each writer the other’s caret in the field, labelled with the other’s name', async () => {
    const caretLabel = (page: Page, name: string) =>
      fieldEditor(page, FIELD).locator('.collaboration-carets__caret').filter({ hasText: name });
    // A caret is shown for a person whose selection is in the field: both click into it again.
    await fieldEditor(secretary, FIELD).click();
    await fieldEditor(presenter, FIELD).click();
    await caretLabel(secretary, DEMO.presenter1.name).waitFor();
    await caretLabel(presenter, DEMO.secretary.name).waitFor();
    await expect(caretLabel(secretary, DEMO.presenter1.name).textContent()).resolves.toBe(
      DEMO.presenter1.name,
    );
    await expect(caretLabel(presenter, DEMO.secretary.name).textContent()).resolves.toBe(
      DEMO.secretary.name,
    );
    await screenshotPage(secretary, 'meeting-secretary-co-editing');
  });

  it('keeps both texts after the server is killed with SIGKILL and restarted on the same data', async () => {
    await Promise.all([waitSaved(secretary), waitSaved(presenter)]);
    await server.kill('SIGKILL');
    const restarted = await startServer({ dataDir: server.dataDir });

    // The text must come from the restarted server's storage: the API answer proves it without
    // any browser, and the reloaded pages (a new document each) show it.
    const stored = blocksText(
      itemByNumber(await fetchMeeting(secretary, meetingId, restarted.url), '4 a').body,
    );
    expect(stored).toContain(SECRETARY_TEXT.trim());
    expect(stored).toContain(PRESENTER_TEXT.trim());

    for (const page of [secretary, presenter]) {
      await page.goto(`${restarted.url}/#/meetings/${encodeURIComponent(meetingId)}`);
      await waitConnected(page);
      const text = await fieldEditor(page, FIELD).textContent();
      expect(text).toContain(SECRETARY_TEXT.trim());
      expect(text).toContain(PRESENTER_TEXT.trim());
    }
  });
});
