import type { Context } from 'hono';
import type { AppDeps } from '../appDeps.ts';
import { appError } from '../errors/appError.ts';
import { clientAddress } from '../http/trustedProxy.ts';

/**
 * Every check of a password someone typed goes through here, so that logging in and accepting
 * an invitation as an existing account share one throttle (docs/security.md). While a wait
 * runs, the password is not checked at all: 429 `too_many_attempts` with Retry-After.
 */
export async function attemptPassword(
  deps: AppDeps,
  c: Context,
  email: string,
  check: () => Promise<boolean>,
): Promise<void> {
  const address = clientAddress(c, deps.config.trustedProxies);
  const wait = await deps.loginThrottle.waitSeconds(email, address);
  if (wait > 0) {
    throw appError('too_many_attempts', { headers: { 'Retry-After': String(wait) } });
  }
  if (!(await check())) {
    await deps.loginThrottle.failed(email, address);
    throw appError('invalid_credentials');
  }
  await deps.loginThrottle.succeeded(email, address);
}
