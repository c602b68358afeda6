import type { SessionUser } from '../auth/sessionStore.ts';

/** Hono variables set by the session middleware. */
export interface AppEnv {
  Variables: { user: SessionUser | undefined; sessionToken: string | undefined };
}
