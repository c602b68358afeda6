import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';

/** Screenshots go under the system's temp folder, never into the repository. */
export const SCREENSHOT_DIR = path.join(os.tmpdir(), 'anteckna-e2e-screenshots');

/** A full-page screenshot named after the page it shows; returns its path. */
export async function screenshotPage(page: Page, name: string): Promise<string> {
  await fs.mkdir(SCREENSHOT_DIR, { recursive: true });
  const file = path.join(SCREENSHOT_DIR, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}
