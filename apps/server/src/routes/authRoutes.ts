import { loginEndpoint, logoutEndpoint, meEndpoint } from '@anteckna/contract';
import { eq } from 'drizzle-orm';
import { getConnInfo } from '@hono/node-server/conninfo';
import type { AppDeps } from '../appDeps.ts';
import { dummyPasswordHash, verifyPassword } from '../auth/password.ts';
import { loginRateKeys } from '../auth/loginRateLimit.ts';
import { clearSessionCookie, writeSessionCookie } from '../auth/sessionCookie.ts';
import { createSession, deleteSession } from '../auth/sessionStore.ts';
import { bodies, memberships, users } from '../db/schema.ts';
import { appError } from '../errors/appError.ts';
import { newRouter } from './router.ts';
import { contractRoute } from './contractRoute.ts';
import { publicUser } from './routeParts.ts';
import { requireUser } from './sessionMiddleware.ts';

const loginRoute = contractRoute(
  loginEndpoint,
  { status: 200, description: 'Logged in' },
  [400, 401, 429],
);

const logoutRoute = contractRoute(logoutEndpoint, { status: 204, description: 'Logged out' }, []);

const meRoute = contractRoute(
  meEndpoint,
  { status: 200, description: 'The logged-in person' },
  [401],
);

export function authRoutes(deps: AppDeps) {
  return newRouter()
    .openapi(loginRoute, async (c) => {
      const { email, password } = c.req.valid('json');
      const keys = loginRateKeys(email, clientAddress(c));
      if (deps.loginRateLimit.isBlocked(keys, deps.now().getTime()))
        throw appError('too_many_attempts');
      const user = deps.db.select().from(users).where(eq(users.email, email)).get();
      const ok = await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password);
      if (!user || !ok) {
        deps.loginRateLimit.recordFailure(keys, deps.now().getTime());
        throw appError('invalid_credentials');
      }
      deps.loginRateLimit.reset(`email:${email}`);
      const token = createSession(deps.db, user.id, deps.config.sessionTtlHours, deps.now());
      writeSessionCookie(c, token, deps.config.sessionTtlHours, deps.config.production);
      return c.json({ user: publicUser(user) }, 200);
    })
    .openapi(logoutRoute, (c) => {
      const token = c.get('sessionToken');
      if (token) deleteSession(deps.db, token);
      clearSessionCookie(c);
      return c.body(null, 204);
    })
    .openapi(meRoute, (c) => {
      const user = requireUser(c);
      const rows = deps.db
        .select({
          bodyId: bodies.id,
          bodyName: bodies.name,
          bodyShortName: bodies.shortName,
          role: memberships.role,
        })
        .from(memberships)
        .innerJoin(bodies, eq(bodies.id, memberships.bodyId))
        .where(eq(memberships.userId, user.id))
        .all();
      return c.json({ user: publicUser(user), memberships: rows }, 200);
    });
}

function clientAddress(c: Parameters<typeof getConnInfo>[0]): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}
