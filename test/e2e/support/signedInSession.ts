import type { Browser, Page } from 'playwright-core';
import { beforeAll } from 'vitest';
import { startServer, type AppServer } from './appServer.ts';
import { launchBrowser } from './browser.ts';
import { signedInPage } from './login.ts';

export interface SignedInSession {
  server: AppServer;
  browser: Browser;
  page: Page;
}

/**
 * The set-up most page tests share, as one call at the top of a `describe`: a fresh server with
 * the demo data, a browser, and one person signed in. The fields are filled before the first
 * test runs; server and browser are stopped by the file's cleanup.
 */
export function useSignedInSession(
  email: string,
  options: { viewport?: { width: number; height: number } } = {},
): SignedInSession {
  const session = {} as SignedInSession;
  beforeAll(async () => {
    [session.server, session.browser] = await Promise.all([startServer(), launchBrowser()]);
    session.page = await signedInPage(session.browser, session.server.url, email);
    if (options.viewport) await session.page.setViewportSize(options.viewport);
  });
  return session;
}
