import type { ServerConfig } from '../config.ts';
import { apiClient } from './api.ts';
import { loginCookie, startTestServer } from './testServer.ts';
import { createTestWorld, TEST_PASSWORD, type TestWorld } from './testWorld.ts';
import { useCleanups } from './useCleanups.ts';

/**
 * A test server with the test world and the secretary logged in: what most HTTP tests start
 * from. The caller registers `server.close` in its teardown.
 */
export async function startWorldServer(overrides: Partial<ServerConfig> = {}) {
  const server = await startTestServer(overrides);
  const world = await createTestWorld(server.deps);
  const cookie = await loginCookie(server.url, world.users.secretary.email, TEST_PASSWORD);
  return { server, world, cookie, api: apiClient(server.url, cookie) };
}

/**
 * The usual integration set-up: call once per test file; each `setup()` starts a real server on
 * port 0 with a fresh database and the test world, closed again after the test.
 */
export function useWorldServer() {
  const cleanups = useCleanups();
  return async function setup() {
    const server = await startTestServer();
    cleanups.push(() => server.close());
    const world = await createTestWorld(server.deps);
    /** A client signed in as one of the world's users, asking in Swedish unless told. */
    const as = async (user: keyof TestWorld['users'], language?: string) =>
      apiClient(
        server.url,
        await loginCookie(server.url, world.users[user].email, TEST_PASSWORD),
        language,
      );
    /** Commits pending edits and brings search and the registers up to date now. */
    const indexNow = async () => {
      await server.deps.collab.flush();
      await server.deps.search.flush();
    };
    return { server, world, as, indexNow, anonymous: apiClient(server.url, null) };
  };
}
