import { createRoute } from '@hono/zod-openapi';
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
import { errorResponses, jsonBody, jsonContent, publicUser } from './routeParts.ts';
import { requireUser } from './sessionMiddleware.ts';

const loginRoute = createRoute({
  method: loginEndpoint.method,
  path: loginEndpoint.path,
  request: { body: jsonBody(loginEndpoint.body) },
  responses: {
    200: jsonContent(loginEndpoint.response, 'Logged in'),
    ...errorResponses(400, 401, 403, 415, 429),
  },
});

const logoutRoute = createRoute({
  method: logoutEndpoint.method,
  path: logoutEndpoint.path,
  responses: { 204: { description: 'Logged out' } },
});

const passwordRoute = createRoute({
  method: passwordChangeEndpoint.method,
  path: passwordChangeEndpoint.path,
  request: { body: jsonBody(passwordChangeEndpoint.body) },
  responses: {
    204: { description: 'Password changed; every other session of the person has ended' },
    ...errorResponses(400, 401, 403, 415, 429),
  },
});

const meRoute = createRoute({
  method: meEndpoint.method,
  path: meEndpoint.path,
  responses: {
    200: jsonContent(meEndpoint.response, 'The logged-in person'),
    ...errorResponses(401),
  },
});

export function authRoutes(deps: AppDeps) {
  return newRouter()
    .openapi(loginRoute, async (c) => {
      const { email, password } = c.req.valid('json');
      const user = deps.db.select().from(users).where(eq(users.email, email)).get();
      await attemptPassword(
        deps,
        c,
        email,
        async () =>
          (await verifyPassword(user?.passwordHash ?? (await dummyPasswordHash()), password)) &&
          user !== undefined,
      );
      if (!user) throw appError('invalid_credentials');
      const token = createSession(deps.db, user.id, deps.config.sessionTtlHours, deps.now());
      writeSessionCookie(
        c,
        token,
        deps.config.sessionTtlHours,
        arrivedOverTls(c, deps.config.trustedProxies),
      );
      return c.json({ user: publicUser(user) }, 200);
    })
    .openapi(logoutRoute, (c) => {
      const token = c.get('sessionToken');
      if (token) {
        deleteSession(deps.db, token);
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
      deps.db.update(users).set({ passwordHash }).where(eq(users.id, user.id)).run();
      // Whoever else held a session (a lost laptop, a guessed password) is out, sockets too.
      deleteOtherSessions(deps.db, user.id, token);
      endOtherSessionSockets(deps, user.id, token);
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
