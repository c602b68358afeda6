import { describe, expect, it } from 'vitest';
import { startTestServer } from '../testing/testServer.ts';
import { createTestWorld, TEST_PASSWORD } from '../testing/testWorld.ts';
import { parseTrustedProxies } from './trustedProxy.ts';
import { useCleanups } from '../testing/useCleanups.ts';

/**
 * Security review finding 10: CSP `connect-src` allowed `ws: wss:` to any host; no `base-uri`,
 * `form-action` or Permissions-Policy; HSTS over plain HTTP; the Secure cookie flag only with
 * NODE_ENV=production. Now the headers follow how the request arrived.
 */
const cleanups = useCleanups();

async function serverTrusting(trustProxy: string | undefined) {
  const server = await startTestServer({ trustedProxies: parseTrustedProxies(trustProxy) });
  cleanups.push(() => server.close());
  const world = await createTestWorld(server.deps);
  const login = (headers: Record<string, string> = {}) =>
    fetch(`${server.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify({ email: world.users.member.email, password: TEST_PASSWORD }),
    });
  return { server, login };
}

function directives(csp: string | null): Map<string, string> {
  return new Map(
    (csp ?? '')
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [name, ...values] = part.split(/\s+/);
        return [name!, values.join(' ')];
      }),
  );
}

describe('security headers', () => {
  it('sends a CSP with same-origin connections only, no base, own forms, no framing, and a Permissions-Policy', async () => {
    const { server } = await serverTrusting(undefined);
    const response = await fetch(`${server.url}/api/health`);
    const csp = directives(response.headers.get('content-security-policy'));
    expect(csp.get('connect-src')).toBe("'self'");
    expect(csp.get('base-uri')).toBe("'none'");
    expect(csp.get('form-action')).toBe("'self'");
    expect(csp.get('frame-ancestors')).toBe("'none'");
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
  });

  it('sends neither HSTS nor a Secure cookie over plain HTTP, even when the client claims https', async () => {
    const { server, login } = await serverTrusting(undefined);
    const health = await fetch(`${server.url}/api/health`, {
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(health.headers.get('strict-transport-security')).toBeNull();
    const response = await login({ 'x-forwarded-proto': 'https' });
    expect(response.status).toBe(200);
    expect(response.headers.get('set-cookie')).not.toMatch(/;\s*Secure/i);
  });

  it('sends HSTS and a Secure cookie when a trusted proxy says the request came over TLS', async () => {
    const { server, login } = await serverTrusting('loopback');
    const health = await fetch(`${server.url}/api/health`, {
      headers: { 'x-forwarded-proto': 'https' },
    });
    expect(health.headers.get('strict-transport-security')).toMatch(/max-age=\d+/);
    const response = await login({ 'x-forwarded-proto': 'https' });
    expect(response.headers.get('set-cookie')).toMatch(/;\s*Secure/i);
    const plain = await login({ 'x-forwarded-proto': 'http' });
    expect(plain.headers.get('set-cookie')).not.toMatch(/;\s*Secure/i);
  });
});
