import type { MiddlewareHandler } from 'hono';
import { MeetingParams } from '@anteckna/contract';
import type { AppDeps } from '../appDeps.ts';
import type { SessionUser } from '../auth/sessionStore.ts';
import { appError } from '../errors/appError.ts';
import { findMeetingAccess, type MeetingAccess } from '../meetings/meetingAccess.ts';
import type { AppEnv } from './env.ts';
import { invalidRequest } from './router.ts';
import { requireUser } from './sessionMiddleware.ts';

/** What a meeting route's handler may take for granted once `requireMeetingAccess` has passed. */
export interface MeetingEnv {
  Variables: AppEnv['Variables'] & { user: SessionUser; meetingAccess: MeetingAccess };
}

/**
 * The one gate in front of every `/api/meetings/{id}/…` route: a valid id, a session, and a
 * person who may read that meeting. A meeting that does not exist and one the person may not read
 * are the same `meeting_not_found`, so ids cannot be probed.
 */
export function requireMeetingAccess(deps: AppDeps): MiddlewareHandler<MeetingEnv> {
  return async (c, next) => {
    const params = MeetingParams.safeParse({ id: c.req.param('id') });
    if (!params.success) throw invalidRequest(params.error);
    const user = requireUser(c);
    const found = await findMeetingAccess(deps.db, user.id, params.data.id);
    if (!found) throw appError('meeting_not_found');
    c.set('user', user);
    c.set('meetingAccess', found);
    await next();
  };
}
