import type { ServerConfig } from '../config.ts';
import { apiClient } from './api.ts';
import { loginCookie, startTestServer } from './testServer.ts';
import { createTestWorld, TEST_PASSWORD } from './testWorld.ts';

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
