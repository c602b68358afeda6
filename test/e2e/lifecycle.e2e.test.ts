import type { Browser, Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  adoptProposalInLiveMode,
  markEveryonePresent,
  DEMO,
  type AppServer,
  editableRoots,
  fetchMeeting,
  launchBrowser,
  signedInPage,
  openMeetingFromList,
  screenshotPage,
  startServer,
  waitConnected,
  waitSaved,
} from './support/index.ts';

// Issue 6: live → circulated → approved at the next meeting → locked for good.
const NEXT_MEETING_DATE = '2027-02-11';
const ADDENDUM = 'Mora kommun var representerad av Birgitta Sandell under punkt 6';
const LOCKED_ACTIONS_WAIT_MS = 10_000;

/** Waits for a control that the lifecycle needs, and says in words what is missing if it is not there. */
async function control(locator: Locator, missing: string): Promise<Locator> {
  await locator.waitFor({ timeout: LOCKED_ACTIONS_WAIT_MS }).catch(() => {
    throw new Error(`Missing in the web app: ${missing}`);
  });
  return locator;
}

/** Moves the open meeting's phase with the side panel's button and its confirm dialog. */
async function movePhase(page: Page, action: string, badge: string): Promise<void> {
  await page.getByRole('button', { name: action }).click();
  await page.getByRole('dialog', { name: action }).getByRole('button', { name: action }).click();
  await page
    .getByRole('region', { name: 'Mötets fas' })
    .getByText(badge, { exact: true })
    .waitFor();
}

/** What every locked minutes page must show: the approval, its addendum if any, the seal, no writing. */
async function expectLockedMinutes(
  page: Page,
  approvedAt: string,
  addendum: string | null,
): Promise<void> {
  const approval = page.getByRole('complementary', { name: 'Godkännande' });
  await approval.getByText(`Godkända vid mötet ${approvedAt}`, { exact: false }).waitFor();
  if (addendum === null) expect(await approval.textContent()).not.toContain('tillägg');
  else expect(await approval.textContent()).toContain(addendum);
  expect(await editableRoots(page)).toEqual([]);
  expect(await page.getByRole('button', { name: 'Lägg till punkt' }).count()).toBe(0);
  const verify = await control(
    page
      .getByRole('button', { name: /Verifiera/ })
      .or(page.getByRole('link', { name: /Verifiera/ })),
    'the locked minutes show no seal with a "Verifiera" action (UI.md "Locked minutes and the public page")',
  );
  // "Verifiera" asks the server to recompute the seal and the chain, and says what it found.
  await verify.click();
  await page
    .getByRole('status')
    .filter({ hasText: 'Sigillet stämmer: innehållet är oförändrat och kedjan hel' })
    .waitFor();
}

describe('the lifecycle of the minutes', () => {
  let server: AppServer;
  let browser: Browser;
  let secretary: Page;
  let decemberId = '';
  let nextId = '';

  beforeAll(async () => {
    [server, browser] = await Promise.all([startServer(), launchBrowser()]);
    secretary = await signedInPage(browser, server.url, DEMO.secretary.email);
  });

  it('starts the December meeting, decides its decision items and circulates it (live → circulated) from the phase panel', async () => {
    decemberId = await openMeetingFromList(secretary, '10 december 2026');
    await movePhase(secretary, 'Starta mötet', 'Pågår');
    // The check holds circulation until attendance is marked and every decision item is decided
    // (check.e2e.test.ts).
    await markEveryonePresent(secretary);
    await adoptProposalInLiveMode(secretary, '5');
    await adoptProposalInLiveMode(secretary, '6');
    await waitSaved(secretary);
    await movePhase(secretary, 'Skicka ut minnesanteckningarna', 'Utskickat');
    expect((await fetchMeeting(secretary, decemberId)).meeting.phase).toBe('circulated');
  });

  it('creates the next meeting, whose item "Föregående minnesanteckningar" approves December', async () => {
    await secretary
      .getByRole('navigation', { name: 'Huvudmeny' })
      .getByRole('link', { name: 'Möten' })
      .click();
    const body = secretary.getByRole('region', { name: /^Länsnätverket för förvaltningschefer/ });
    await body.getByRole('button', { name: 'Nytt möte' }).click();
    const form = body.getByRole('form', { name: 'Nytt möte' });
    await form.getByLabel('Rubrik').fill('Länschefsnätverket');
    await form.getByLabel('Datum').fill(NEXT_MEETING_DATE);
    await form.getByRole('button', { name: 'Skapa mötet' }).click();
    await waitConnected(secretary);
    nextId = decodeURIComponent(/#\/meetings\/([^/]+)/.exec(secretary.url())?.[1] ?? '');
    const next = await fetchMeeting(secretary, nextId);
    expect(next.meeting.phase).toBe('preparation');
    const previous = next.minutes.items.find((item) => item.standing === 'previous_minutes');
    expect(previous && 'approvesMeetingId' in previous ? previous.approvesMeetingId : null).toBe(
      decemberId,
    );
  });

  it('approves the December minutes with an addendum in the next meeting’s item "Föregående minnesanteckningar"', async () => {
    const item = secretary.getByRole('region', { name: /Föregående minnesanteckningar/ });
    await item.scrollIntoViewIfNeeded();
    await screenshotPage(secretary, 'meeting-next-previous-minutes');
    const addendum = await control(
      item.getByRole('textbox', { name: /tillägg/i }),
      'the item "Föregående minnesanteckningar" has no field for the addendum ("med tillägget att …")',
    );
    await addendum.fill(ADDENDUM);
    await (
      await control(
        item.getByRole('button', { name: /godkänn/i }),
        'the item "Föregående minnesanteckningar" has no button that approves the previous minutes',
      )
    ).click();
    const confirm = await control(
      secretary.getByRole('dialog').or(secretary.getByRole('alertdialog')),
      'approving asks for no confirmation that the minutes will be locked for good',
    );
    expect(await confirm.textContent()).toMatch(/lås/i);
    await screenshotPage(secretary, 'meeting-next-approval-confirm');
    await confirm.getByRole('button', { name: /godkänn|lås/i }).click();
    await expect
      .poll(async () => (await fetchMeeting(secretary, decemberId)).meeting.phase, {
        timeout: 20_000,
      })
      .toBe('locked');
    const december = await fetchMeeting(secretary, decemberId);
    expect(december.minutes.approval?.addendum).toBe(ADDENDUM);
  });

  it('shows the locked December minutes as "Godkända" with the addendum and the seal, with no field editable', async () => {
    const phase = (await fetchMeeting(secretary, decemberId)).meeting.phase;
    expect(phase, 'December was not locked by an approval in the page').toBe('locked');
    await secretary.goto(`/#/meetings/${encodeURIComponent(decemberId)}`);
    await waitConnected(secretary);
    await screenshotPage(secretary, 'minutes-december-locked');
    await expectLockedMinutes(secretary, '11 februari 2027', ADDENDUM);
  });

  it('shows the seeded locked September minutes as "Godkända" with the seal and Avesta’s part-time attendance as data, with no field editable', async () => {
    await secretary.goto('/#/');
    await openMeetingFromList(secretary, '17 september 2026');
    // Corrected before the approval, so the approval needs no addendum for it.
    await expectLockedMinutes(secretary, '22 oktober 2026', null);
    await secretary
      .getByText(/under punkt 5/)
      .first()
      .waitFor();
    await screenshotPage(secretary, 'minutes-september-locked');
  });
});
