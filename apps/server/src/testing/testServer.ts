import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defaultCollabLimits, type ServerConfig } from '../config.ts';
import { parseTrustedProxies } from '../http/trustedProxy.ts';
import { buildDeps, startServer, type RunningServer } from '../server.ts';
import { SERVER_TESTS_ON_POSTGRES, testDatabaseFor } from './testPostgres.ts';

/**
 * A real server on 127.0.0.1 port 0 with a fresh data dir (and, when ANTECKNA_TEST_DATABASE is
 * `postgres`, a fresh Postgres database); callers register `close` in teardown. A server started
 * on the data dir of an earlier one (a restart) sees that one's data on either database.
 */
export async function startTestServer(
  overrides: Partial<ServerConfig> = {},
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'anteckna-test-')),
): Promise<RunningServer & { dataDir: string }> {
  const config: ServerConfig = {
    port: 0,
    host: '127.0.0.1',
    dataDir,
    demo: false,
    production: false,
    extraOrigins: [],
    trustedProxies: parseTrustedProxies(undefined),
    sessionTtlHours: 1,
    limits: defaultCollabLimits(),
    ...overrides,
  };
  // An explicit `databaseUrl` (even `undefined`, which means SQLite) is the caller's choice.
  if (SERVER_TESTS_ON_POSTGRES && !('databaseUrl' in overrides))
    config.databaseUrl = (await testDatabaseFor(dataDir)).url;
  const server = await startServer(await buildDeps(config, { serveWeb: false }));
  return { ...server, dataDir };
}

/** Logs in over HTTP and returns the cookie header value a client sends. */
export async function loginCookie(
  baseUrl: string,
  email: string,
  password: string,
): Promise<string> {
  const response = await fetch(`${baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (response.status !== 200) throw new Error(`login ${email} failed: ${response.status}`);
  const setCookie = response.headers.get('set-cookie') ?? '';
  return setCookie.split(';')[0]!;
}

/** Polls until `check` returns true (no sleeps in tests: the condition decides). */
export async function waitFor(
  check: () => boolean | Promise<boolean>,
  what: string,
  timeoutMs = 30_000,
) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}
