import { afterEach } from 'vitest';
import { apiClient } from './api.ts';
import { loginCookie, startTestServer } from './testServer.ts';
import { createTestWorld, TEST_PASSWORD, type TestWorld } from './testWorld.ts';

/**
 * The usual integration set-up: call once per test file; each `setup()` starts a real server on
 * port 0 with a fresh database and the test world, closed again after the test.
 */
export function useWorldServer() {
  const cleanups: Array<() => Promise<void>> = [];
  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });
  return async function setup() {
    const server = await startTestServer();
    cleanups.push(() => server.close());
    const world = await createTestWorld(server.deps);
    const as = async (user: keyof TestWorld['users']) =>
      apiClient(server.url, await loginCookie(server.url, world.users[user].email, TEST_PASSWORD));
    /** Commits pending edits and brings search and the registers up to date now. */
    const indexNow = async () => {
      await server.deps.collab.flush();
      server.deps.search.flush();
    };
    return { server, world, as, indexNow, anonymous: apiClient(server.url, null) };
  };
}
