import { Hono } from 'hono';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { onError } from '../errors/errorResponse.ts';
import { startTestServer } from '../testing/testServer.ts';
import { createTestWorld, TEST_PASSWORD } from '../testing/testWorld.ts';
import { useCleanups } from '../testing/useCleanups.ts';
import { lazyApi, type ApiApp } from './lazyApi.ts';

const cleanups = useCleanups();

afterEach(() => {
  vi.restoreAllMocks();
});

/** A front door as app.ts makes it, with `load` in place of the real API. */
function frontDoor(load: () => Promise<ApiApp>) {
  const app = new Hono();
  app.onError(onError);
  app.all('/api/*', lazyApi(load));
  return app;
}

/** A stand-in API that answers with what it was asked. */
function echoApi(): ApiApp {
  const api = new Hono();
  api.all('/api/*', async (c) =>
    c.json({ method: c.req.method, path: c.req.path, body: await c.req.text() }),
  );
  return api;
}

function deferred<T>() {
  let resolve!: (value: T) => void;
  const promise = new Promise<T>((done) => (resolve = done));
  return { promise, resolve };
}

describe('the API built on its first request', () => {
  it('holds the requests that arrive while it loads, loads it once, then answers each with its own answer', async () => {
    const loaded = deferred<ApiApp>();
    let loads = 0;
    const app = frontDoor(() => {
      loads += 1;
      return loaded.promise;
    });
    const answered: string[] = [];
    const ask = async (name: string, path: string, init?: RequestInit) => {
      const response = await app.request(path, init);
      answered.push(name);
      return response;
    };
    const read = ask('read', '/api/meetings');
    const write = ask('write', '/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"email":"sekreterare@exempel.se"}',
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(answered).toEqual([]);

    loaded.resolve(echoApi());
    const [readAnswer, writeAnswer] = await Promise.all([read, write]);
    expect(await readAnswer.json()).toEqual({ method: 'GET', path: '/api/meetings', body: '' });
    expect(await writeAnswer.json()).toEqual({
      method: 'POST',
      path: '/api/auth/login',
      body: '{"email":"sekreterare@exempel.se"}',
    });
    expect(loads).toBe(1);
  });

  it('answers the documented internal error when the API cannot be loaded, and loads it again on the next request', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
    let loads = 0;
    const app = frontDoor(async () => {
      loads += 1;
      if (loads === 1) throw new Error('Cannot find module dist/chunks/apiApp.js');
      return echoApi();
    });

    const failed = await app.request('/api/me');
    expect(failed.status).toBe(500);
    expect(((await failed.json()) as { error: { id: string } }).error.id).toBe('internal');

    const retried = await app.request('/api/me');
    expect(retried.status).toBe(200);
    expect(loads).toBe(2);
  });

  it('a fresh server answers a login, a request without a session and a bad login sent at once, with the security headers', async () => {
    const server = await startTestServer();
    cleanups.push(() => server.close());
    const world = await createTestWorld(server.deps);
    const login = (body: unknown) =>
      fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });

    const [signedIn, anonymous, refused] = await Promise.all([
      login({ email: world.users.secretary.email, password: TEST_PASSWORD }),
      fetch(`${server.url}/api/me`),
      login({ email: 'not an address', password: TEST_PASSWORD }),
    ]);

    expect(signedIn.status).toBe(200);
    expect(((await signedIn.json()) as { user: { id: string } }).user.id).toBe(
      world.users.secretary.id,
    );
    expect(signedIn.headers.get('set-cookie')).toMatch(/HttpOnly/i);
    expect(anonymous.status).toBe(401);
    expect(((await anonymous.json()) as { error: { id: string } }).error.id).toBe(
      'unauthenticated',
    );
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { id: string } }).error.id).toBe('invalid_request');
    for (const answer of [signedIn, anonymous, refused]) {
      expect(answer.headers.get('x-frame-options')).toBe('DENY');
      expect(answer.headers.get('content-security-policy')).toContain("default-src 'self'");
    }
  });
});
