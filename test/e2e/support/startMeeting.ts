import type { Page } from 'playwright-core';

/** Clicks "Starta mötet" and confirms it in the dialog, as the secretary opens the meeting. */
export async function confirmStartMeeting(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Starta mötet' }).click();
  await page
    .getByRole('dialog', { name: 'Starta mötet' })
    .getByRole('button', { name: 'Starta mötet' })
    .click();
}

/** Starts the meeting and waits until the phase panel says it is live ("Pågår"). */
export async function startMeeting(page: Page): Promise<void> {
  await confirmStartMeeting(page);
  await page
    .getByRole('region', { name: 'Mötets fas' })
    .getByText('Pågår', { exact: true })
    .waitFor();
}
