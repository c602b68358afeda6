import type { MiddlewareHandler } from 'hono';
import { findSessionUser } from '../auth/sessionStore.ts';
import { readSessionToken } from '../auth/sessionCookie.ts';
import type { AppDeps } from '../appDeps.ts';
import { appError } from '../errors/appError.ts';
import type { AppEnv } from './env.ts';

export function sessionMiddleware(deps: AppDeps): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const token = readSessionToken(c);
    c.set('sessionToken', token);
    c.set('user', token ? await findSessionUser(deps.db, token, deps.now()) : undefined);
    await next();
  };
}

export function requireUser(c: { get(key: 'user'): AppEnv['Variables']['user'] }) {
  const user = c.get('user');
  if (!user) throw appError('unauthenticated');
  return user;
}
