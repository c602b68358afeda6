import { afterEach, describe, expect, it, vi } from 'vitest';
import { parseTrustedProxies } from '../http/trustedProxy.ts';
import { startTestServer } from '../testing/testServer.ts';
import { createTestWorld, TEST_PASSWORD } from '../testing/testWorld.ts';
import { useCleanups } from '../testing/useCleanups.ts';
import { createLoginThrottle } from './loginThrottle.ts';

/**
 * Security review findings 3 and 4: ten wrong passwords locked an account for 15 minutes (anyone
 * could lock the secretary out), the client address was the socket's (behind a proxy one
 * attacker blocked everybody), and accepting an invitation checked an existing account's
 * password with no limit at all.
 */
const cleanups = useCleanups();
// Registered after the cleanups, so it runs before them: the servers close on real timers.
afterEach(() => {
  vi.useRealTimers();
});

async function setUp(trustProxy?: string) {
  const server = await startTestServer({ trustedProxies: parseTrustedProxies(trustProxy) });
  cleanups.push(() => server.close());
  const world = await createTestWorld(server.deps);
  const login = (password: string, from?: string) =>
    fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(from ? { 'x-forwarded-for': from } : {}),
      },
      body: JSON.stringify({ email: world.users.secretary.email, password }),
    });
  return { server, world, login };
}

async function failUntilThrottled(attempt: () => Promise<Response>): Promise<Response> {
  for (let i = 0; i < 40; i++) {
    const response = await attempt();
    if (response.status === 429) return response;
    expect(response.status).toBe(401);
  }
  throw new Error('never throttled');
}

describe('login throttle', () => {
  it('answers 429 too_many_attempts with Retry-After, and the account still logs in from elsewhere', async () => {
    const { login } = await setUp('loopback');
    const throttled = await failUntilThrottled(() => login('fel-lösenord', '203.0.113.7'));
    expect(((await throttled.json()) as { error: { id: string } }).error.id).toBe(
      'too_many_attempts',
    );
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
    // Even the right password waits from the attacker's address (it is not checked at all)…
    expect((await login(TEST_PASSWORD, '203.0.113.7')).status).toBe(429);
    // …but the secretary, elsewhere, is not locked out.
    expect((await login(TEST_PASSWORD, '198.51.100.20')).status).toBe(200);
  });

  it('believes X-Forwarded-For only from a trusted proxy', async () => {
    const { login } = await setUp(undefined);
    // Not trusted: every forged address is the socket's one address, so the throttle still bites.
    await failUntilThrottled(() => login('fel', `192.0.2.${Math.floor(Math.random() * 250)}`));
  });

  it('throttles accepting an invitation as an existing account through the same limiter', async () => {
    const { server, world } = await setUp('loopback');
    const secretaryCookie = await (
      await fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: world.users.secretary.email, password: TEST_PASSWORD }),
      })
    ).headers
      .get('set-cookie')!
      .split(';')[0]!;
    const invite = await fetch(`${server.url}/api/meetings/${world.meetingId}/invitations`, {
      method: 'POST',
      headers: { cookie: secretaryCookie, 'content-type': 'application/json' },
      body: JSON.stringify({ email: world.users.presenter2.email, itemId: world.items.item1 }),
    });
    expect(invite.status).toBe(201);
    const { path } = (await invite.json()) as { path: string };
    const token = path.split('/').pop()!;
    const accept = () =>
      fetch(`${server.url}/api/invitations/${token}/accept`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': '203.0.113.9' },
        body: JSON.stringify({ name: 'Gissare', password: 'fel-lösenord-123' }),
      });
    const throttled = await failUntilThrottled(accept);
    expect(Number(throttled.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('makes each further failure wait twice as long, and never longer than the cap', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    const throttle = createLoginThrottle();
    const waits: number[] = [];
    for (let i = 0; i < 20; i++) {
      await throttle.failed('sekreterare@exempel.se', '203.0.113.7');
      waits.push(await throttle.waitSeconds('sekreterare@exempel.se', '203.0.113.7'));
      vi.setSystemTime(Date.now() + waits.at(-1)! * 1000 + 1);
    }
    // Five free failures, then 1, 2, 4, 8, 16 … seconds.
    expect(waits.slice(0, 10)).toEqual([0, 0, 0, 0, 0, 1, 2, 4, 8, 16]);
    expect(Math.max(...waits)).toBe(15 * 60);
    // A success from the address clears the account's count there.
    await throttle.succeeded('sekreterare@exempel.se', '203.0.113.7');
    expect(await throttle.waitSeconds('sekreterare@exempel.se', '203.0.113.7')).toBe(0);
  });
});
