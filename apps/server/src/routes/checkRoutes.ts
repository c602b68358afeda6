import { createRoute, z } from '@hono/zod-openapi';
import type { AppDeps } from '../appDeps.ts';
import { checkMeetingDoc } from '../check/meetingCheck.ts';
import { appError } from '../errors/appError.ts';
import { pickLanguage } from '../errors/errorResponse.ts';
import { findMeetingAccess } from '../meetings/meetingAccess.ts';
import { newRouter } from './router.ts';
import { errorResponses, FindingSchema, MeetingIdParams } from './schemas.ts';
import { requireUser } from './sessionMiddleware.ts';

const checkRoute = createRoute({
  method: 'get',
  path: '/api/meetings/{id}/check',
  request: { params: MeetingIdParams },
  responses: {
    200: {
      description:
        'The mistake check, run by the server on the minutes as they stand; messages in the language of Accept-Language',
      content: {
        'application/json': {
          schema: z.object({ findings: z.array(FindingSchema) }).openapi('CheckResult'),
        },
      },
    },
    ...errorResponses(401, 404),
  },
});

/** The mistake check for anyone who may read the meeting (404 alike for the rest). */
export function checkRoutes(deps: AppDeps) {
  return newRouter().openapi(checkRoute, (c) => {
    const user = requireUser(c);
    const found = findMeetingAccess(deps.db, user.id, c.req.valid('param').id);
    if (!found) throw appError('meeting_not_found');
    const findings = deps.collab.readDoc(found.meeting.id, (room) =>
      checkMeetingDoc(deps.db, room.doc, found.meeting, found.body, {
        language: pickLanguage(c),
      }),
    );
    return c.json({ findings }, 200);
  });
}
