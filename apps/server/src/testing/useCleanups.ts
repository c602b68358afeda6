import { afterEach } from 'vitest';

/** How to close one thing a test opened. */
export type Cleanup = () => Promise<void> | void;

/**
 * The list of what a test opened (servers, clients, temporary databases), closed after each
 * test, the last opened first. Call once per test file or fixture, at its top, then push each
 * closing onto the list as the thing is opened.
 */
export function useCleanups(): Cleanup[] {
  const cleanups: Cleanup[] = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  return cleanups;
}
