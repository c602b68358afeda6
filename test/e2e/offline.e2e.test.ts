import { beforeAll, describe, expect, it } from 'vitest';
import {
  expectNoA11yViolations,
  type CollabNetwork,
  blocksText,
  controlCollabNetwork,
  editableRoots,
  fetchMeeting,
  fieldEditor,
  itemByNumber,
  markOfflineCopy,
  offlineCopyName,
  pollUntil,
  readOfflineCopy,
  screenshotPage,
  signedInUserId,
  storedFieldText,
  typeAtEnd,
  waitConnected,
  waitSaved,
  confirmStartMeeting,
  useSecretaryAndPresenter,
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
  let network: CollabNetwork;
  const people = useSecretaryAndPresenter({
    presenterContext: { permissions: ['clipboard-read', 'clipboard-write'] },
    beforeOpening: async ({ presenterContext, presenter }) => {
      network = await controlCollabNetwork(presenterContext, presenter);
    },
  });
  let copyName = '';
  const root = { body4a: '', body5: '' };
  let secretaryText4a = '';

  const copyOnDevice = () => readOfflineCopy(people.presenter, copyName);
  const storedOnServer = async (number: string) =>
    blocksText(itemByNumber(await fetchMeeting(people.secretary, people.meetingId), number).body);
  const saveState = () => people.presenter.getByTestId('save-state');

  beforeAll(async () => {
    copyName = offlineCopyName(people.meetingId, await signedInUserId(people.presenter));
    const meeting = await fetchMeeting(people.secretary, people.meetingId);
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
    await people.presenter.getByRole('status').filter({ hasText: OFFLINE_STATUS }).waitFor();
    // Everything was saved before the network went, but offline that cannot be checked.
    expect(await people.presenter.getByText('Sparat', { exact: true }).count()).toBe(0);
    await typeAtEnd(people.presenter, 'Bakgrund, punkt 5', ` ${TYPED_OFFLINE}`);
    await saveState().filter({ hasText: KEPT_ON_DEVICE }).waitFor();
    await pollUntil(
      async () => {
        const copy = await copyOnDevice();
        return copy && storedFieldText(copy, root.body5).includes(TYPED_OFFLINE) ? true : null;
      },
      { what: 'the offline text in IndexedDB' },
    );
    expect(await people.presenter.getByText('Sparat', { exact: true }).count()).toBe(0);
    expect(await storedOnServer('5')).not.toContain(TYPED_OFFLINE);
    await screenshotPage(people.presenter, 'offline-presenter');
  });

  it('has no axe-core violations in the offline state', async () => {
    await expectNoA11yViolations(people.presenter);
  });

  it('sends what was typed offline once back online: the secretary sees it, then "Sparat"', async () => {
    await network.restore();
    await waitConnected(people.presenter);
    await waitSaved(people.presenter);
    await expect
      .poll(() => fieldEditor(people.secretary, 'Bakgrund, punkt 5').textContent(), {
        timeout: 20_000,
      })
      .toContain(TYPED_OFFLINE);
    expect(await storedOnServer('5')).toContain(TYPED_OFFLINE);
  });

  it('keeps text typed while the server is out of reach across a reload, and sends it on return', async () => {
    await network.cutCollab();
    await people.presenter
      .getByRole('status')
      .filter({ hasText: 'Anslutning: Återansluter…' })
      .waitFor();
    await typeAtEnd(people.presenter, 'Bakgrund, punkt 5', ` ${TYPED_BEFORE_RELOAD}`);
    await pollUntil(
      async () => {
        const copy = await copyOnDevice();
        return copy && storedFieldText(copy, root.body5).includes(TYPED_BEFORE_RELOAD)
          ? copy
          : null;
      },
      { what: 'the text typed before the reload in IndexedDB' },
    );

    await people.presenter.reload();
    await expect
      .poll(() => fieldEditor(people.presenter, 'Bakgrund, punkt 5').textContent(), {
        timeout: 20_000,
      })
      .toContain(TYPED_BEFORE_RELOAD);
    await saveState().filter({ hasText: KEPT_ON_DEVICE }).waitFor();
    expect(await storedOnServer('5')).not.toContain(TYPED_BEFORE_RELOAD);

    await network.restore();
    await waitConnected(people.presenter);
    await waitSaved(people.presenter);
    await expect
      .poll(() => fieldEditor(people.secretary, 'Bakgrund, punkt 5').textContent(), {
        timeout: 20_000,
      })
      .toContain(TYPED_BEFORE_RELOAD);
    expect(await storedOnServer('5')).toContain(TYPED_BEFORE_RELOAD);
  });

  it('refuses text typed offline after the meeting went live: the dialog names the field and holds the text with "Kopiera"', async () => {
    await network.goOffline();
    await people.presenter.getByRole('status').filter({ hasText: OFFLINE_STATUS }).waitFor();
    await typeAtEnd(people.presenter, 'Bakgrund, punkt 4 a', ` ${TYPED_BEFORE_LIVE}`);
    await pollUntil(
      async () => {
        const copy = await copyOnDevice();
        return copy && storedFieldText(copy, root.body4a).includes(TYPED_BEFORE_LIVE) ? true : null;
      },
      { what: 'the text typed before the meeting started in IndexedDB' },
    );
    // A mark in the copy as it is now: if the copy were kept (and not deleted), it would stay.
    await markOfflineCopy(people.presenter, copyName, MARK);

    await confirmStartMeeting(people.secretary);
    await pollUntil(
      async () =>
        (await fetchMeeting(people.secretary, people.meetingId)).meeting.phase === 'live'
          ? true
          : null,
      { what: 'the meeting to be live' },
    );
    // The secretary's page turns to live mode; this test reads the whole document.
    await people.secretary.getByRole('switch', { name: 'Liveläge' }).uncheck();
    secretaryText4a =
      (await fieldEditor(people.secretary, 'Bakgrund, punkt 4 a').textContent()) ?? '';
    expect(secretaryText4a).not.toContain(TYPED_BEFORE_LIVE);

    await network.restore();
    const dialog = people.presenter.getByRole('alertdialog', { name: REFUSAL_TITLE });
    await dialog.waitFor();
    const refusedField = dialog.getByRole('region', { name: 'Bakgrund, punkt 4 a' });
    await refusedField.waitFor();
    expect(
      await refusedField
        .getByRole('textbox', { name: 'Din text i Bakgrund, punkt 4 a' })
        .inputValue(),
    ).toContain(TYPED_BEFORE_LIVE);
    await refusedField.getByText('Mötet pågår: bara sekreteraren skriver').waitFor();
    await screenshotPage(people.presenter, 'offline-refusal-dialog');
    await refusedField.getByRole('button', { name: 'Kopiera' }).click();
    await refusedField.getByRole('status').filter({ hasText: 'Kopierat' }).waitFor();
    expect(await people.presenter.evaluate(() => navigator.clipboard.readText())).toContain(
      TYPED_BEFORE_LIVE,
    );
  });

  it('rebuilds from the server: fields read-only, the secretary’s view unchanged, the offline copy replaced', async () => {
    await people.presenter.getByRole('button', { name: 'Jag har sparat texten' }).click();
    await waitConnected(people.presenter);
    expect(await editableRoots(people.presenter)).toEqual([]);
    expect(await fieldEditor(people.presenter, 'Bakgrund, punkt 4 a').textContent()).not.toContain(
      TYPED_BEFORE_LIVE,
    );
    expect(await fieldEditor(people.secretary, 'Bakgrund, punkt 4 a').textContent()).toBe(
      secretaryText4a,
    );
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
    await screenshotPage(people.presenter, 'offline-after-refusal');
  });

  it('deletes the person’s offline copies when they log out', async () => {
    expect(await copyOnDevice()).not.toBeNull();
    await people.presenter.getByRole('button', { name: 'Logga ut' }).click();
    await people.presenter.getByRole('button', { name: 'Logga in' }).waitFor();
    await pollUntil(
      async () => {
        const names = await people.presenter.evaluate(async () =>
          (await indexedDB.databases()).map((database) => database.name ?? ''),
        );
        return names.some((name) => name.startsWith('anteckna-meeting-')) ? null : true;
      },
      { what: 'no offline copy left in the browser after logging out' },
    );
  });
});
