import type { Browser, Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  DEMO,
  DEMO_PASSWORD,
  type AppServer,
  blocksText,
  editableRoots,
  fetchMeeting,
  fieldEditor,
  launchBrowser,
  login,
  newPersonContext,
  openMeetingFromList,
  screenshotPage,
  signedInUserId,
  startServer,
  waitConnected,
} from './support/index.ts';

// Issue 5: the secretary builds the agenda, takes attendance and records decisions in the page.
const ITEM_TITLE = 'Digital signering av avtal';
const SUB_ITEM_TITLE = 'Avtal med e-tjänsteleverantör';
const ADOPTED_CLAUSE = 'godkänna den länsgemensamma handlingsplanen för suicidprevention';

/** An agenda item's section, found by its heading ("5. Beslut: Länsgemensam …"). */
function itemSection(page: Page, heading: RegExp): Locator {
  return page.getByRole('region', { name: heading });
}

describe('building the meeting’s structure', () => {
  let server: AppServer;
  let browser: Browser;
  let secretary: Page;
  let presenter: Page;
  let meetingId = '';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    secretary = await (await newPersonContext(browser, server.url)).newPage();
    presenter = await (await newPersonContext(browser, server.url)).newPage();
    await Promise.all([
      login(secretary, DEMO.secretary.email),
      login(presenter, DEMO.presenter1.email),
    ]);
    meetingId = await openMeetingFromList(secretary, '10 december 2026');
  });

  it('adds an agenda item with a sub-item, and makes presenter 1 its presenter through an invitation link', async () => {
    await secretary.getByRole('button', { name: 'Lägg till punkt' }).click();
    const untitled = itemSection(secretary, /\(utan rubrik\)/);
    // The title is written as it is typed: the section is named by it at once, no Enter needed.
    await untitled.getByLabel('Rubrik').fill(ITEM_TITLE);
    const item = itemSection(secretary, new RegExp(`^\\d+\\. .*${ITEM_TITLE}`));
    await item.getByRole('button', { name: 'Lägg till underpunkt' }).click();

    const subItem = itemSection(secretary, /^\d+ a\) .*\(utan rubrik\)/);
    await subItem.getByLabel('Rubrik').fill(SUB_ITEM_TITLE);
    const titled = itemSection(secretary, new RegExp(`^\\d+ a\\) .*${SUB_ITEM_TITLE}`));
    await titled.waitFor();

    // Presenter 1 is not a member of the body: an invitation link is how they get the item.
    const invite = titled.getByRole('form', { name: 'Bjud in föredragande' });
    await invite.getByLabel('E-postadress').fill(DEMO.presenter1.email);
    await invite.getByRole('button', { name: 'Skapa länk' }).click();
    const link = await titled.getByLabel('Inbjudningslänk').inputValue();
    await screenshotPage(secretary, 'meeting-secretary-structure');

    await presenter.goto(link);
    await presenter.getByRole('heading', { name: 'Du är inbjuden' }).waitFor();
    await presenter.getByLabel('Ditt namn').fill(DEMO.presenter1.name);
    await presenter.getByLabel(/^Lösenord/).fill(DEMO_PASSWORD);
    await presenter.getByRole('button', { name: 'Gå till punkten' }).click();
    await waitConnected(presenter);

    await titled
      .getByText(`Föredragande: ${DEMO.presenter1.name}, Projektledare, Region Dalarna`, {
        exact: true,
      })
      .waitFor();
    const meeting = await fetchMeeting(secretary, meetingId);
    const parent = meeting.minutes.items.find((candidate) => candidate.title === ITEM_TITLE);
    const child = meeting.minutes.items.find((candidate) => candidate.title === SUB_ITEM_TITLE);
    expect(child?.number).toBe(`${parent?.number} a`);
    expect(child?.presenterIds).toEqual([await signedInUserId(presenter)]);
  });

  it('marks Helena Ek (Avesta) absent, then present by typing her name; "Ej representerade" follows', async () => {
    const notRepresented = async () => {
      const line = secretary.locator('p', { hasText: 'Ej representerade:' });
      return (await line.count()) === 0 ? '' : ((await line.textContent()) ?? '');
    };
    await secretary.getByLabel('Närvaro för Helena Ek').selectOption({ label: 'Frånvarande' });
    await expect.poll(notRepresented).toContain('Avesta');

    await secretary.getByLabel('Markera närvarande: skriv ett namn').fill('Helena Ek');
    await secretary.getByRole('button', { name: 'Markera', exact: true }).click();
    await expect.poll(notRepresented).not.toContain('Avesta');
    expect(await secretary.getByLabel('Närvaro för Helena Ek').inputValue()).toBe('present');
  });

  it('records the decision of item 5 by adopting the proposal ("Anta förslaget som beslut")', async () => {
    const item5 = itemSection(
      secretary,
      /^5\. Beslut: Länsgemensam handlingsplan för suicidprevention/,
    );
    await item5.getByRole('button', { name: '+ Beslut punkt 5' }).click();
    await item5.getByRole('button', { name: 'Anta förslaget som beslut punkt 5' }).click();
    await expect
      .poll(() => fieldEditor(secretary, 'Beslut, punkt 5').textContent())
      .toContain(ADOPTED_CLAUSE);
    const meeting = await fetchMeeting(secretary, meetingId);
    const decision =
      meeting.minutes.items.find((candidate) => candidate.number === '5')?.decision ?? [];
    expect(decision.map((clause) => clause.text)).toContain(ADOPTED_CLAUSE);
  });

  it('shows presenter 1 exactly their own items editable: 4 a, 5 and the new sub-item', async () => {
    await presenter.goto(`/#/meetings/${encodeURIComponent(meetingId)}`);
    await waitConnected(presenter);
    const presenterUserId = await signedInUserId(presenter);
    const meeting = await fetchMeeting(presenter, meetingId);
    const mine = meeting.minutes.items.filter((item) =>
      item.presenterIds.includes(presenterUserId),
    );
    expect(mine.map((item) => item.title)).toContain(SUB_ITEM_TITLE);
    const expected = mine.flatMap((item) => [`item:${item.id}:body`, `item:${item.id}:proposal`]);
    await expect.poll(async () => (await editableRoots(presenter)).sort()).toEqual(expected.sort());
    expect(
      blocksText(meeting.minutes.items.find((item) => item.number === '5')?.decision),
    ).toContain(ADOPTED_CLAUSE);
  });
});
