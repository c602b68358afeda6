import {
  chromium,
  type Browser,
  type BrowserContext,
  type BrowserContextOptions,
} from 'playwright-core';
import { registerCleanup, trackChildPid } from './cleanup.ts';

/** Debian's Chromium; the flags keep it quiet and runnable as root in a container. */
const CHROMIUM = '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * One Chromium for the test file. Launched as a browser server so that its pid is known: the
 * cleanup closes it, and kills the pid if closing did not end it.
 */
export async function launchBrowser(): Promise<Browser> {
  const server = await chromium.launchServer({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  const pid = server.process().pid;
  if (pid !== undefined) trackChildPid(pid);
  registerCleanup(async () => {
    await server.close().catch(() => server.kill());
  });
  const browser = await chromium.connect(server.wsEndpoint());
  registerCleanup(() => browser.close().catch(() => undefined));
  return browser;
}

/** A fresh person at the keyboard: own cookies, Swedish, a laptop-sized window. */
export async function newPersonContext(
  browser: Browser,
  baseURL: string,
  options: BrowserContextOptions = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL,
    locale: 'sv-SE',
    viewport: { width: 1400, height: 900 },
    ...options,
  });
  context.setDefaultTimeout(20_000);
  return context;
}
