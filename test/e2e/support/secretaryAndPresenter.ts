import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import { beforeAll } from 'vitest';
import { startServer, type AppServer } from './appServer.ts';
import { launchBrowser, newPersonContext } from './browser.ts';
import { DEMO, login } from './login.ts';
import { openMeetingFromList } from './meetingPage.ts';

export interface SecretaryAndPresenter {
  server: AppServer;
  browser: Browser;
  secretaryContext: BrowserContext;
  presenterContext: BrowserContext;
  secretary: Page;
  presenter: Page;
  /** The demo meeting of 10 December 2026, in preparation, open on both pages. */
  meetingId: string;
}

/** The demo meeting both people open: in preparation, with items presented by presenter 1. */
const MEETING_DATE = '10 december 2026';

/**
 * The set-up of the tests where the secretary and a presenter work in one meeting, as one call
 * at the top of a `describe`: a fresh server with the demo data, a browser, each person in a
 * browser context of their own, signed in, with the December meeting open. The fields are
 * filled before the first test runs; server and browser are stopped by the file's cleanup.
 */
export function useSecretaryAndPresenter(
  options: {
    /** The presenter's browser context: clipboard permissions, for tests that copy. */
    presenterContext?: BrowserContextOptions;
    /** What must be in place before the pages open the meeting (a hold on its sockets). */
    beforeOpening?: (people: SecretaryAndPresenter) => Promise<void>;
  } = {},
): SecretaryAndPresenter {
  const people = {} as SecretaryAndPresenter;
  beforeAll(async () => {
    [people.server, people.browser] = await Promise.all([startServer(), launchBrowser()]);
    [people.secretaryContext, people.presenterContext] = await Promise.all([
      newPersonContext(people.browser, people.server.url),
      newPersonContext(people.browser, people.server.url, options.presenterContext),
    ]);
    [people.secretary, people.presenter] = await Promise.all([
      people.secretaryContext.newPage(),
      people.presenterContext.newPage(),
    ]);
    await Promise.all([
      login(people.secretary, DEMO.secretary.email),
      login(people.presenter, DEMO.presenter1.email),
    ]);
    await options.beforeOpening?.(people);
    [people.meetingId] = await Promise.all([
      openMeetingFromList(people.secretary, MEETING_DATE),
      openMeetingFromList(people.presenter, MEETING_DATE),
    ]);
  });
  return people;
}
