import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  DEMO,
  blocksText,
  fetchMeeting,
  fieldEditor,
  itemByNumber,
  screenshotPage,
  startServer,
  typeAtEnd,
  waitConnected,
  waitSaved,
  useSecretaryAndPresenter,
} from './support/index.ts';

// Issue 3: two people write the same field at once, and what they wrote survives a crash.
const FIELD = 'Bakgrund, punkt 4 a';
const SECRETARY_TEXT = ' Sekreteraren lägger till att upphandlingen är klar.';
const PRESENTER_TEXT = ' Föredraganden skriver om utbildningen av användare.';

describe('co-editing one field', () => {
  const people = useSecretaryAndPresenter();

  it('shows each writer the other’s text in item 4 a "Införandet av nytt journalsystem i regionen"', async () => {
    await people.secretary
      .getByRole('heading', {
        name: '4 a) Information: Införandet av nytt journalsystem i regionen',
      })
      .waitFor();
    await Promise.all([
      typeAtEnd(people.secretary, FIELD, SECRETARY_TEXT),
      typeAtEnd(people.presenter, FIELD, PRESENTER_TEXT),
    ]);
    for (const page of [people.secretary, people.presenter]) {
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
    await fieldEditor(people.secretary, FIELD).click();
    await fieldEditor(people.presenter, FIELD).click();
    await caretLabel(people.secretary, DEMO.presenter1.name).waitFor();
    await caretLabel(people.presenter, DEMO.secretary.name).waitFor();
    await expect(caretLabel(people.secretary, DEMO.presenter1.name).textContent()).resolves.toBe(
      DEMO.presenter1.name,
    );
    await expect(caretLabel(people.presenter, DEMO.secretary.name).textContent()).resolves.toBe(
      DEMO.secretary.name,
    );
    await screenshotPage(people.secretary, 'meeting-secretary-co-editing');
  });

  it('keeps both texts after the server is killed with SIGKILL and restarted on the same data', async () => {
    await Promise.all([waitSaved(people.secretary), waitSaved(people.presenter)]);
    await people.server.kill('SIGKILL');
    const restarted = await startServer({ dataDir: people.server.dataDir });

    // The text must come from the restarted server's storage: the API answer proves it without
    // any browser, and the reloaded pages (a new document each) show it.
    const stored = blocksText(
      itemByNumber(await fetchMeeting(people.secretary, people.meetingId, restarted.url), '4 a')
        .body,
    );
    expect(stored).toContain(SECRETARY_TEXT.trim());
    expect(stored).toContain(PRESENTER_TEXT.trim());

    for (const page of [people.secretary, people.presenter]) {
      await page.goto(`${restarted.url}/#/meetings/${encodeURIComponent(people.meetingId)}`);
      await waitConnected(page);
      const text = await fieldEditor(page, FIELD).textContent();
      expect(text).toContain(SECRETARY_TEXT.trim());
      expect(text).toContain(PRESENTER_TEXT.trim());
    }
  });
});
