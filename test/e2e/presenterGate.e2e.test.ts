import { beforeAll, describe, expect, it } from 'vitest';
import {
  blocksText,
  editableRoots,
  fetchMeeting,
  fieldDescription,
  fieldEditor,
  forceWriteFromConsole,
  itemByNumber,
  pollUntil,
  relayCollabSockets,
  screenshotPage,
  typeAtEnd,
  waitConnected,
  confirmStartMeeting,
  useSecretaryAndPresenter,
} from './support/index.ts';

// Issue 4: what the gate refuses, the browser shows as read-only first, and nothing typed is lost.
const FORCED_TEXT = 'Tvingad rad skriven från konsolen';
const REFUSAL_TITLE = 'Din ändring togs inte emot';

describe('the presenter gate in the browser', () => {
  const people = useSecretaryAndPresenter({
    presenterContext: { permissions: ['clipboard-read', 'clipboard-write'] },
  });
  const root = { body4a: '', proposal4a: '', body4b: '', body5: '', proposal5: '' };
  let secretaryText4b = '';
  const landedWhileLive: string[] = [];

  beforeAll(async () => {
    const meeting = await fetchMeeting(people.secretary, people.meetingId);
    const [item4a, item4b, item5] = ['4 a', '4 b', '5'].map((number) =>
      itemByNumber(meeting, number),
    );
    root.body4a = `item:${item4a!.id}:body`;
    root.proposal4a = `item:${item4a!.id}:proposal`;
    root.body4b = `item:${item4b!.id}:body`;
    root.body5 = `item:${item5!.id}:body`;
    root.proposal5 = `item:${item5!.id}:proposal`;
    secretaryText4b =
      (await fieldEditor(people.secretary, 'Bakgrund, punkt 4 b').textContent()) ?? '';
  });

  it('lets presenter 1 type only in the body and proposal of their own items 4 a and 5', async () => {
    await screenshotPage(people.presenter, 'meeting-presenter');
    expect((await editableRoots(people.presenter)).sort()).toEqual(
      [root.body4a, root.proposal4a, root.body5, root.proposal5].sort(),
    );
  });

  it('shows item 4 b read-only (contenteditable="false") with the lock note "Föredras av Lena Bergström"', async () => {
    const field = fieldEditor(people.presenter, 'Bakgrund, punkt 4 b');
    expect(await field.getAttribute('contenteditable')).toBe('false');
    expect(await field.getAttribute('aria-readonly')).toBe('true');
    expect(await fieldDescription(people.presenter, 'Bakgrund, punkt 4 b')).toBe(
      'Föredras av Lena Bergström',
    );
  });

  it('shows the presenter no writable decision field and no button to add one', async () => {
    const decisionStates = await people.presenter
      .locator('[data-root$=":decision"]')
      .evaluateAll((elements) =>
        elements.map((element) => element.getAttribute('contenteditable')),
      );
    expect(decisionStates.filter((state) => state !== 'false')).toEqual([]);
    expect(await people.presenter.getByRole('button', { name: /^\+ Beslut/ }).count()).toBe(0);
  });

  it('refuses a write into item 4 b forced from the console; the dialog names the field and holds the text with "Kopiera"', async () => {
    await forceWriteFromConsole(people.presenter, {
      viaField: 'Bakgrund, punkt 4 a',
      targetRoot: root.body4b,
      text: FORCED_TEXT,
    });
    const dialog = people.presenter.getByRole('alertdialog', { name: REFUSAL_TITLE });
    await dialog.waitFor();
    const refusedField = dialog.getByRole('region', { name: 'Bakgrund, punkt 4 b' });
    await refusedField.waitFor();
    expect(
      await refusedField
        .getByRole('textbox', { name: 'Din text i Bakgrund, punkt 4 b' })
        .inputValue(),
    ).toContain(FORCED_TEXT);
    await screenshotPage(people.presenter, 'refusal-dialog');
    await refusedField.getByRole('button', { name: 'Kopiera' }).click();
    await refusedField.getByRole('status').filter({ hasText: 'Kopierat' }).waitFor();
    expect(await people.presenter.evaluate(() => navigator.clipboard.readText())).toContain(
      FORCED_TEXT,
    );
  });

  it('leaves the secretary’s view of item 4 b unchanged by the refused write', async () => {
    // An edit of the presenter's own item, sent after the refused one on a new connection, is a
    // barrier: once the secretary sees it, anything of the refused write would have come first.
    await people.presenter.getByRole('button', { name: 'Jag har sparat texten' }).click();
    await waitConnected(people.presenter);
    const barrier = ' Rad efter nekandet.';
    await typeAtEnd(people.presenter, 'Bakgrund, punkt 4 a', barrier);
    await expect
      .poll(() => fieldEditor(people.secretary, 'Bakgrund, punkt 4 a').textContent(), {
        timeout: 20_000,
      })
      .toContain(barrier.trim());
    expect(await fieldEditor(people.secretary, 'Bakgrund, punkt 4 b').textContent()).toBe(
      secretaryText4b,
    );
    const stored = blocksText(
      itemByNumber(await fetchMeeting(people.secretary, people.meetingId), '4 b').body,
    );
    expect(stored).not.toContain(FORCED_TEXT);
  });

  it('turns the presenter’s fields read-only at once when the secretary starts the meeting while they type', async () => {
    // A fresh tab whose socket runs through a relay: from the moment the secretary is about to
    // start the meeting, the presenter's keystrokes are held, so that they reach the server only
    // after the phase has changed: writes in flight.
    await people.presenter.close();
    people.presenter = await people.presenterContext.newPage();
    const relay = await relayCollabSockets(people.presenter);
    await people.presenter.goto(`/#/meetings/${encodeURIComponent(people.meetingId)}`);
    await waitConnected(people.presenter);
    const field = fieldEditor(people.presenter, 'Bakgrund, punkt 4 a');
    await field.click();
    await people.presenter.keyboard.press('Control+End');

    relay.hold();
    const typing = (async () => {
      for (let n = 1; n <= 2000; n += 1) {
        const word = ` luft${n}`;
        await people.presenter.keyboard.type(word);
        if ((await field.getAttribute('contenteditable')) !== 'true') return;
        landedWhileLive.push(word.trim());
      }
      throw new Error('the presenter’s field never turned read-only');
    })();
    await pollUntil(() => (landedWhileLive.length >= 3 ? true : null), {
      what: 'the presenter to be typing',
    });
    await confirmStartMeeting(people.secretary);
    await typing;

    expect(await editableRoots(people.presenter)).toEqual([]);
    expect(await fieldDescription(people.presenter, 'Bakgrund, punkt 4 a')).toBe(
      'Mötet pågår: bara sekreteraren skriver',
    );
    expect(relay.heldCount()).toBeGreaterThan(0);
    relay.release();
  });

  it('shows the writes in flight at the phase change in the refusal dialog instead of losing them', async () => {
    expect(landedWhileLive.length).toBeGreaterThanOrEqual(3);
    const dialog = people.presenter.getByRole('alertdialog', { name: REFUSAL_TITLE });
    await dialog.waitFor();
    const rescued = await dialog
      .getByRole('region', { name: 'Bakgrund, punkt 4 a' })
      .getByRole('textbox', { name: 'Din text i Bakgrund, punkt 4 a' })
      .inputValue();
    for (const word of landedWhileLive) expect(rescued).toContain(word);
    await screenshotPage(people.presenter, 'refusal-dialog-phase-change');
    const stored = blocksText(
      itemByNumber(await fetchMeeting(people.secretary, people.meetingId), '4 a').body,
    );
    expect(stored).not.toContain(landedWhileLive[0]);
  });
});
