/**
 * The secretary gives a meeting a second time and place (a förmöte) in the header editor: a
 * refused value is explained and changes nothing, a saved one shows in the meeting block at once
 * and is in the minutes on the server. The calendar section lists the body's planned meetings.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  DEMO,
  expectNoA11yViolations,
  fetchMeeting,
  openMeetingFromList,
  pollUntil,
  SCREENSHOT_DIR,
  screenshotPage,
  useSignedInSession,
} from './support/index.ts';

describe("the meeting's second time and place", () => {
  const secretary = useSignedInSession(DEMO.secretary.email, {
    viewport: { width: 1280, height: 900 },
  });

  it('the secretary replaces the demo förmöte with her own in the header editor and sees it in the meeting block', async () => {
    const { page } = secretary;
    const meetingId = await openMeetingFromList(page, '10 december 2026');
    const block = page.locator('.minutes-meeting-block');
    await block.getByText('Förmöte kommuner och region:').waitFor();

    await page.getByRole('button', { name: 'Ta bort Förmöte kommuner och region' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Den andra mötestiden är borttagen.' })
      .waitFor();
    await block.getByText('Förmöte kommuner och region:').waitFor({ state: 'detached' });

    await page.getByRole('button', { name: 'Lägg till förmöte eller annan mötestid' }).click();
    const form = page.getByRole('group', { name: 'Mötets andra tid och plats' });
    expect(await form.getByLabel('Rubrik').inputValue()).toBe('Förmöte');
    expect(await form.getByLabel('Datum').inputValue()).toBe('2026-12-10');
    await form.getByLabel('Börjar').fill('09:00');
    await form.getByLabel('Slutar').fill('08:30');
    await form.getByLabel('Plats').fill('Lilla salen');
    await form.getByRole('button', { name: 'Spara' }).click();
    // Refused by the server with its own words, and nothing written.
    await page
      .getByRole('status')
      .filter({ hasText: 'Tiden måste sluta efter att den börjar.' })
      .waitFor();
    expect((await fetchMeeting(page, meetingId)).minutes.meeting.secondSession).toBeUndefined();
    await expectNoA11yViolations(page);
    await screenshotPage(page, 'second-session-form');

    await form.getByLabel('Börjar').fill('08:30');
    await form.getByLabel('Slutar').fill('09:30');
    await form.getByRole('button', { name: 'Spara' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: 'Förmöte är sparat i minnesanteckningarna.' })
      .waitFor();
    const row = block.locator('.minutes-second-session');
    await row.waitFor();
    expect(await row.textContent()).toMatch(/^Förmöte:\s*Kl\. 08\.30–09\.30, Lilla salen$/);
    const saved = await pollUntil(
      async () => (await fetchMeeting(page, meetingId)).minutes.meeting.secondSession ?? null,
      { what: 'the förmöte in the minutes on the server' },
    );
    expect(saved).toMatchObject({
      label: 'Förmöte',
      startTime: '08.30',
      endTime: '09.30',
      place: 'Lilla salen',
    });

    // The calendar section lists the body's planned meetings, from the calendar.
    const calendar = page.getByRole('list', { name: 'Kommande möten enligt organets kalender' });
    await calendar.getByText('11 februari 2027').waitFor();
    await page
      .locator('.item-section', { has: calendar })
      .screenshot({ path: path.join(SCREENSHOT_DIR, 'calendar-item.png') });
    await page.locator('.minutes-header').scrollIntoViewIfNeeded();
    await screenshotPage(page, 'second-session-saved');
    await expectNoA11yViolations(page);
  });
});
