import type { Page } from 'playwright-core';
import { fieldEditor } from './meetingPage.ts';
import { pollUntil } from './poll.ts';

/**
 * In live mode: goes to an item from the agenda and adopts its proposal as the decision
 * (Ctrl+Shift+Enter in the decision field), as a secretary decides an item during the meeting.
 */
export async function adoptProposalInLiveMode(page: Page, number: string): Promise<void> {
  await page
    .getByRole('navigation', { name: 'Dagordning' })
    .getByRole('link', { name: new RegExp(`^${number}\\.`) })
    .click();
  const decision = fieldEditor(page, `Beslut, punkt ${number}`);
  await decision.click();
  await page.keyboard.press('Control+Shift+Enter');
  await pollUntil(async () => ((await decision.textContent())?.trim() ? true : null), {
    what: `a decision in item ${number}`,
  });
}

/**
 * Marks everyone still called ("Kallad") as present with the attendance panel's selects, as a
 * secretary does once the meeting has started: minutes go out only with attendance marked (K30).
 */
export async function markEveryonePresent(page: Page): Promise<void> {
  for (const select of await page.getByLabel(/^Närvaro för /).all()) {
    if ((await select.inputValue()) === 'called') await select.selectOption('present');
  }
  await pollUntil(
    async () => {
      const values = await Promise.all(
        (await page.getByLabel(/^Närvaro för /).all()).map((select) => select.inputValue()),
      );
      return values.includes('called') ? null : true;
    },
    { what: 'nobody left called in the attendance' },
  );
}
