import { firstRow } from '../db/firstRow.ts';
import {
  loginEndpoint,
  logoutEndpoint,
  meEndpoint,
  passwordChangeEndpoint,
} from '@anteckna/contract';
import { eq } from 'drizzle-orm';
import type { AppDeps } from '../appDeps.ts';
import { dummyPasswordHash, hashPassword, verifyPassword } from '../auth/password.ts';
import { attemptPassword } from '../auth/passwordAttempt.ts';
import { endOtherSessionSockets, endSessionSockets } from '../collab/sessionReach.ts';
import { arrivedOverTls } from '../http/trustedProxy.ts';
import { clearSessionCookie, writeSessionCookie } from '../auth/sessionCookie.ts';
import { createSession, deleteOtherSessions, deleteSession } from '../auth/sessionStore.ts';
import { bodies, memberships, users } from '../db/schema.ts';
import { appError } from '../errors/appError.ts';
import { newRouter } from './router.ts';
import { contractRoute } from './contractRoute.ts';
import { publicUser } from './routeParts.ts';
import { requireUser } from './sessionMiddleware.ts';

const loginRoute = contractRoute(
  loginEndpoint,
  { status: 200, description: 'Logged in' },
  [400, 401, 403, 415, 429],
);

const logoutRoute = contractRoute(logoutEndpoint, { status: 204, description: 'Logged out' }, []);

const passwordRoute = contractRoute(
  passwordChangeEndpoint,
  { status: 204, description: 'Password changed; every other session of the person has ended' },
  // Like logout, a 204 route lists no error answers here (contractRoute's types cannot yet hold
  // both); they are 400, 401, 403, 415 and 429 with the error body (docs/api.md).
  [],
);

const meRoute = contractRoute(
  meEndpoint,
  { status: 200, description: 'The logged-in person' },
  [401],
);

export function authRoutes(deps: AppDeps) {
  return newRouter()
    .openapi(loginRoute, async (c) => {
      const { email, password } = c.req.valid('json');
      const user = await deps.db.select().from(users).where(eq(users.email, email)).then(firstRow);
      await attemptPassword(
        deps,
        c,
        email,
        async () =>
          (await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password)) &&
          user !== undefined,
      );
      if (!user) throw appError('invalid_credentials');
      const token = await createSession(deps.db, user.id, deps.config.sessionTtlHours, deps.now());
      writeSessionCookie(
        c,
        token,
        deps.config.sessionTtlHours,
        arrivedOverTls(c, deps.config.trustedProxies),
      );
      return c.json({ user: publicUser(user) }, 200);
    })
    .openapi(logoutRoute, async (c) => {
      const token = c.get('sessionToken');
      if (token) {
        await deleteSession(deps.db, token);
        endSessionSockets(deps, token);
      }
      clearSessionCookie(c);
      return c.body(null, 204);
    })
    .openapi(passwordRoute, async (c) => {
      const user = requireUser(c);
      const token = c.get('sessionToken')!;
      const { currentPassword, newPassword } = c.req.valid('json');
      await attemptPassword(deps, c, user.email, () =>
        verifyPassword(user.passwordHash, currentPassword),
      );
      const passwordHash = await hashPassword(newPassword);
      await deps.db.update(users).set({ passwordHash }).where(eq(users.id, user.id));
      // Whoever else held a session (a lost laptop, a guessed password) is out, sockets too.
      await deleteOtherSessions(deps.db, user.id, token);
      endOtherSessionSockets(deps, user.id, token);
      return c.body(null, 204);
    })
    .openapi(meRoute, async (c) => {
      const user = requireUser(c);
      const rows = await deps.db
        .select({
          bodyId: bodies.id,
          bodyName: bodies.name,
          bodyShortName: bodies.shortName,
          role: memberships.role,
        })
        .from(memberships)
        .innerJoin(bodies, eq(bodies.id, memberships.bodyId))
        .where(eq(memberships.userId, user.id));
      return c.json({ user: publicUser(user), memberships: rows }, 200);
    });
}
