import type { Browser, BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO,
  type AppServer,
  expectNoA11yViolations,
  type CollabNetwork,
  blocksText,
  controlCollabNetwork,
  editableRoots,
  fetchMeeting,
  fieldEditor,
  itemByNumber,
  launchBrowser,
  login,
  markOfflineCopy,
  newPersonContext,
  offlineCopyName,
  openMeetingFromList,
  pollUntil,
  readOfflineCopy,
  screenshotPage,
  signedInUserId,
  startServer,
  storedFieldText,
  typeAtEnd,
  waitConnected,
  waitSaved,
  confirmStartMeeting,
} from './support/index.ts';

// Offline editing: the meeting is kept in IndexedDB, what a presenter types without a connection
// is sent on return, and what the server then refuses is shown to copy, never lost.
const OFFLINE_STATUS = 'Anslutning: Offline – ändringar sparas på den här enheten';
const KEPT_ON_DEVICE = 'Inte skickat än – finns kvar på den här enheten';
const REFUSAL_TITLE = 'Din ändring togs inte emot';
const TYPED_OFFLINE = 'Skrivet utan nät på tåget.';
const TYPED_BEFORE_RELOAD = 'Skrivet innan sidan laddades om.';
const TYPED_BEFORE_LIVE = 'Skrivet offline innan mötet började.';
const MARK = 'e2e-copy-before-refusal';

describe('offline editing', () => {
  let server: AppServer;
  let browser: Browser;
  let secretary: Page;
  let presenterContext: BrowserContext;
  let presenter: Page;
  let network: CollabNetwork;
  let meetingId = '';
  let copyName = '';
  const root = { body4a: '', body5: '' };
  let secretaryText4a = '';

  const copyOnDevice = () => readOfflineCopy(presenter, copyName);
  const storedOnServer = async (number: string) =>
    blocksText(itemByNumber(await fetchMeeting(secretary, meetingId), number).body);
  const saveState = () => presenter.getByTestId('save-state');

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    const secretaryContext = await newPersonContext(browser, server.url);
    presenterContext = await newPersonContext(browser, server.url, {
      permissions: ['clipboard-read', 'clipboard-write'],
    });
    secretary = await secretaryContext.newPage();
    presenter = await presenterContext.newPage();
    await Promise.all([
      login(secretary, DEMO.secretary.email),
      login(presenter, DEMO.presenter1.email),
    ]);
    network = await controlCollabNetwork(presenterContext, presenter);
    [meetingId] = await Promise.all([
      openMeetingFromList(secretary, '10 december 2026'),
      openMeetingFromList(presenter, '10 december 2026'),
    ]);
    copyName = offlineCopyName(meetingId, await signedInUserId(presenter));
    const meeting = await fetchMeeting(secretary, meetingId);
    root.body4a = `item:${itemByNumber(meeting, '4 a').id}:body`;
    root.body5 = `item:${itemByNumber(meeting, '5').id}:body`;
  });

  it('keeps the open meeting in IndexedDB under the meeting’s and the person’s name', async () => {
    const serverText = (await storedOnServer('5')).trim().split(/\s+/).slice(0, 3).join(' ');
    expect(serverText.length).toBeGreaterThan(0);
    await pollUntil(
      async () => {
        const copy = await copyOnDevice();
        return copy && storedFieldText(copy, root.body5).includes(serverText) ? true : null;
      },
      { what: `item 5 in the offline copy ${copyName}` },
    );
  });

  it('says "offline, kept on this device" and never "Sparat" while the presenter types offline', async () => {
    await network.goOffline();
    await presenter.getByRole('status').filter({ hasText: OFFLINE_STATUS }).waitFor();
    // Everything was saved before the network went, but offline that cannot be checked.
    expect(await presenter.getByText('Sparat', { exact: true }).count()).toBe(0);
    await typeAtEnd(presenter, 'Bakgrund, punkt 5', ` ${TYPED_OFFLINE}`);
    await saveState().filter({ hasText: KEPT_ON_DEVICE }).waitFor();
    await pollUntil(
      async () => {
        const copy = await copyOnDevice();
        return copy && storedFieldText(copy, root.body5).includes(TYPED_OFFLINE) ? true : null;
      },
      { what: 'the offline text in IndexedDB' },
    );
    expect(await presenter.getByText('Sparat', { exact: true }).count()).toBe(0);
    expect(await storedOnServer('5')).not.toContain(TYPED_OFFLINE);
    await screenshotPage(presenter, 'offline-presenter');
  });

  it('has no axe-core violations in the offline state', async () => {
    await expectNoA11yViolations(presenter);
  });

  it('sends what was typed offline once back online: the secretary sees it, then "Sparat"', async () => {
    await network.restore();
    await waitConnected(presenter);
    await waitSaved(presenter);
    await expect
      .poll(() => fieldEditor(secretary, 'Bakgrund, punkt 5').textContent(), { timeout: 20_000 })
      .toContain(TYPED_OFFLINE);
    expect(await storedOnServer('5')).toContain(TYPED_OFFLINE);
  });

  it('keeps text typed while the server is out of reach across a reload, and sends it on return', async () => {
    await network.cutCollab();
    await presenter.getByRole('status').filter({ hasText: 'Anslutning: Återansluter…' }).waitFor();
    await typeAtEnd(presenter, 'Bakgrund, punkt 5', ` ${TYPED_BEFORE_RELOAD}`);
    await pollUntil(
      async () => {
        const copy = await copyOnDevice();
        return copy && storedFieldText(copy, root.body5).includes(TYPED_BEFORE_RELOAD)
          ? copy
          : null;
      },
      { what: 'the text typed before the reload in IndexedDB' },
    );

    await presenter.reload();
    await expect
      .poll(() => fieldEditor(presenter, 'Bakgrund, punkt 5').textContent(), { timeout: 20_000 })
      .toContain(TYPED_BEFORE_RELOAD);
    await saveState().filter({ hasText: KEPT_ON_DEVICE }).waitFor();
    expect(await storedOnServer('5')).not.toContain(TYPED_BEFORE_RELOAD);

    await network.restore();
    await waitConnected(presenter);
    await waitSaved(presenter);
    await expect
      .poll(() => fieldEditor(secretary, 'Bakgrund, punkt 5').textContent(), { timeout: 20_000 })
      .toContain(TYPED_BEFORE_RELOAD);
    expect(await storedOnServer('5')).toContain(TYPED_BEFORE_RELOAD);
  });

  it('refuses text typed offline after the meeting went live: the dialog names the field and holds the text with "Kopiera"', async () => {
    await network.goOffline();
    await presenter.getByRole('status').filter({ hasText: OFFLINE_STATUS }).waitFor();
    await typeAtEnd(presenter, 'Bakgrund, punkt 4 a', ` ${TYPED_BEFORE_LIVE}`);
    await pollUntil(
      async () => {
        const copy = await copyOnDevice();
        return copy && storedFieldText(copy, root.body4a).includes(TYPED_BEFORE_LIVE) ? true : null;
      },
      { what: 'the text typed before the meeting started in IndexedDB' },
    );
    // A mark in the copy as it is now: if the copy were kept (and not deleted), it would stay.
    await markOfflineCopy(presenter, copyName, MARK);

    await confirmStartMeeting(secretary);
    await pollUntil(
      async () =>
        (await fetchMeeting(secretary, meetingId)).meeting.phase === 'live' ? true : null,
      { what: 'the meeting to be live' },
    );
    // The secretary's page turns to live mode; this test reads the whole document.
    await secretary.getByRole('switch', { name: 'Liveläge' }).uncheck();
    secretaryText4a = (await fieldEditor(secretary, 'Bakgrund, punkt 4 a').textContent()) ?? '';
    expect(secretaryText4a).not.toContain(TYPED_BEFORE_LIVE);

    await network.restore();
    const dialog = presenter.getByRole('alertdialog', { name: REFUSAL_TITLE });
    await dialog.waitFor();
    const refusedField = dialog.getByRole('region', { name: 'Bakgrund, punkt 4 a' });
    await refusedField.waitFor();
    expect(
      await refusedField
        .getByRole('textbox', { name: 'Din text i Bakgrund, punkt 4 a' })
        .inputValue(),
    ).toContain(TYPED_BEFORE_LIVE);
    await refusedField.getByText('Mötet pågår: bara sekreteraren skriver').waitFor();
    await screenshotPage(presenter, 'offline-refusal-dialog');
    await refusedField.getByRole('button', { name: 'Kopiera' }).click();
    await refusedField.getByRole('status').filter({ hasText: 'Kopierat' }).waitFor();
    expect(await presenter.evaluate(() => navigator.clipboard.readText())).toContain(
      TYPED_BEFORE_LIVE,
    );
  });

  it('rebuilds from the server: fields read-only, the secretary’s view unchanged, the offline copy replaced', async () => {
    await presenter.getByRole('button', { name: 'Jag har sparat texten' }).click();
    await waitConnected(presenter);
    expect(await editableRoots(presenter)).toEqual([]);
    expect(await fieldEditor(presenter, 'Bakgrund, punkt 4 a').textContent()).not.toContain(
      TYPED_BEFORE_LIVE,
    );
    expect(await fieldEditor(secretary, 'Bakgrund, punkt 4 a').textContent()).toBe(secretaryText4a);
    expect(await storedOnServer('4 a')).not.toContain(TYPED_BEFORE_LIVE);
    // The copy was deleted with the refused document; the new one is built from the server's
    // state alone: no mark, no refused text, the server's text of item 4 a.
    const serverWords = secretaryText4a.trim().split(/\s+/).slice(0, 3).join(' ');
    const copy = await pollUntil(
      async () => {
        const current = await copyOnDevice();
        return current && storedFieldText(current, root.body4a).includes(serverWords)
          ? current
          : null;
      },
      { what: 'the new offline copy to hold the server’s state' },
    );
    expect(copy.custom[MARK]).toBeUndefined();
    expect(storedFieldText(copy, root.body4a)).not.toContain(TYPED_BEFORE_LIVE);
    await screenshotPage(presenter, 'offline-after-refusal');
  });

  it('deletes the person’s offline copies when they log out', async () => {
    expect(await copyOnDevice()).not.toBeNull();
    await presenter.getByRole('button', { name: 'Logga ut' }).click();
    await presenter.getByRole('button', { name: 'Logga in' }).waitFor();
    await pollUntil(
      async () => {
        const names = await presenter.evaluate(async () =>
          (await indexedDB.databases()).map((database) => database.name ?? ''),
        );
        return names.some((name) => name.startsWith('anteckna-meeting-')) ? null : true;
      },
      { what: 'no offline copy left in the browser after logging out' },
    );
  });
});
