import type { Browser, Page } from 'playwright-core';
import { newPersonContext } from './browser.ts';

export const DEMO_PASSWORD = 'anteckna-demo';

/** The demo accounts the server seeds (CONTRACT "Demo data"), with the names they carry. */
export const DEMO = {
  secretary: { email: 'sekreterare@exempel.se', name: 'Karin Lindqvist' },
  presenter1: { email: 'foredragande1@exempel.se', name: 'Erik Holmberg' },
  presenter2: { email: 'foredragande2@exempel.se', name: 'Lena Bergström' },
  member: { email: 'ledamot@exempel.se', name: 'Anders Nyström' },
} as const;

/** Signs in through the login form, as a person would, and waits for the meetings page. */
export async function login(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/#/login');
  await page.getByLabel('E-postadress').fill(email);
  await page.getByLabel('Lösenord').fill(password);
  await page.getByRole('button', { name: 'Logga in' }).click();
  await page.getByRole('heading', { level: 1, name: 'Möten' }).waitFor();
}

/** A new browser context of its own (a person's browser) with its page, signed in as `email`. */
export async function signedInPage(
  browser: Browser,
  baseUrl: string,
  email: string,
): Promise<Page> {
  const page = await (await newPersonContext(browser, baseUrl)).newPage();
  await login(page, email);
  return page;
}
