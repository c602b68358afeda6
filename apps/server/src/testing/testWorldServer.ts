import { afterEach } from 'vitest';
import { apiClient } from './api.ts';
import { loginCookie, startTestServer } from './testServer.ts';
import { createTestWorld, TEST_PASSWORD, type TestWorld } from './testWorld.ts';

/**
 * The set-up of an HTTP test file in one call: `const setup = useTestWorldServer()` at the top
 * of the file, then `await setup()` in each test gives a fresh server with the test world, an
 * anonymous client and `as(user)` for a signed-in one; every server is closed after its test.
 */
export function useTestWorldServer() {
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
    return { server, world, anonymous: apiClient(server.url, null), as };
  };
}
