import { checkEndpoint } from '@anteckna/contract';
import type { AppDeps } from '../appDeps.ts';
import { checkMeetingDoc } from '../check/meetingCheck.ts';
import { pickLanguage } from '../errors/errorResponse.ts';
import { requireMeetingAccess } from './requireMeetingAccess.ts';
import { newRouter } from './router.ts';
import { contractRoute } from './contractRoute.ts';

const checkRoute = contractRoute(
  checkEndpoint,
  {
    status: 200,
    description:
      'The mistake check, run by the server on the minutes as they stand; messages in the language of Accept-Language',
  },
  [401, 404],
);

/** The mistake check for anyone who may read the meeting (404 alike for the rest). */
export function checkRoutes(deps: AppDeps) {
  return newRouter().openapi(
    { ...checkRoute, middleware: requireMeetingAccess(deps) },
    async (c) => {
      const found = c.get('meetingAccess');
      const findings = await deps.collab.readDoc(found.meeting.id, (room) =>
        checkMeetingDoc(deps.db, room.doc, found.meeting, found.body, {
          language: pickLanguage(c),
        }),
      );
      return c.json({ findings }, 200);
    },
  );
}
