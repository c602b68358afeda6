import {
  createMeetingEndpoint,
  meetingDetailEndpoint,
  meetingListEndpoint,
  meetingPeopleEndpoint,
  movePhaseEndpoint,
  removeSecondSessionEndpoint,
  setSecondSessionEndpoint,
} from '@anteckna/contract';
import { readMinutes } from '@anteckna/doc-schema';
import type { AppDeps } from '../appDeps.ts';
import { peopleOfBody } from '../meetings/peopleOfBody.ts';
import { movePhase } from '../lifecycle/movePhase.ts';
import { appError } from '../errors/appError.ts';
import { createMeeting } from '../meetings/createMeeting.ts';
import { writeSecondSession } from '../meetings/secondSession.ts';
import { listReadableMeetings, meetingSummary } from '../meetings/meetingAccess.ts';
import { requireMeetingAccess } from './requireMeetingAccess.ts';
import { newRouter } from './router.ts';
import { contractRoute } from './contractRoute.ts';
import { withCheckRefusal } from './routeParts.ts';
import { pickLanguage } from '../errors/errorResponse.ts';
import { requireUser } from './sessionMiddleware.ts';

const listRoute = contractRoute(
  meetingListEndpoint,
  { status: 200, description: 'Meetings the session may read' },
  [401],
);
const createRouteDef = contractRoute(
  createMeetingEndpoint,
  { status: 201, description: 'Created' },
  [400, 401, 403, 404],
);
const getRoute = contractRoute(
  meetingDetailEndpoint,
  {
    status: 200,
    description: 'The meeting with its minutes as the server reads them from the document',
  },
  [401, 404],
);
const phaseRoute = withCheckRefusal(
  contractRoute(movePhaseEndpoint, { status: 200, description: 'Moved' }, [400, 401, 403, 404]),
);
const peopleRoute = contractRoute(
  meetingPeopleEndpoint,
  {
    status: 200,
    description:
      "People who can be named presenter: the body's members and everyone who has presented to it",
  },
  [401, 403, 404],
);

const setSecondSessionRoute = contractRoute(
  setSecondSessionEndpoint,
  { status: 200, description: 'The second time and place as the minutes now hold it (SPEC M7)' },
  [400, 401, 403, 404, 409],
);
const removeSecondSessionRoute = contractRoute(
  removeSecondSessionEndpoint,
  { status: 200, description: 'Removed: the minutes have no second time and place' },
  [401, 403, 404, 409],
);

export function meetingRoutes(deps: AppDeps) {
  const middleware = requireMeetingAccess(deps);
  return newRouter()
    .openapi(listRoute, async (c) => {
      const user = requireUser(c);
      const rows = await listReadableMeetings(deps.db, user.id);
      return c.json({ meetings: rows.map((r) => meetingSummary(r.meeting, r.body)) }, 200);
    })
    .openapi(createRouteDef, async (c) => {
      const user = requireUser(c);
      const created = await createMeeting(deps, user.id, c.req.valid('json'));
      return c.json(meetingSummary(created.meeting, created.body), 201);
    })
    .openapi({ ...getRoute, middleware }, async (c) => {
      const found = c.get('meetingAccess');
      const minutes = await deps.collab.readDoc(found.meeting.id, (room) => readMinutes(room.doc));
      return c.json(
        {
          meeting: meetingSummary(found.meeting, found.body),
          access: { role: found.role, bodyRole: found.bodyRole, userId: c.get('user').id },
          minutes,
        },
        200,
      );
    })
    .openapi({ ...peopleRoute, middleware }, async (c) => {
      const found = c.get('meetingAccess');
      if (found.bodyRole !== 'secretary') throw appError('not_secretary');
      return c.json({ people: await peopleOfBody(deps.db, found.body.id) }, 200);
    })
    .openapi({ ...phaseRoute, middleware }, async (c) => {
      const found = c.get('meetingAccess');
      const move = { ...c.req.valid('json'), language: pickLanguage(c) };
      const moved = await movePhase(deps, found, move, c.get('user').id);
      return c.json(meetingSummary(moved, found.body), 200);
    })
    .openapi({ ...setSecondSessionRoute, middleware }, async (c) => {
      const found = c.get('meetingAccess');
      const written = await writeSecondSession(deps, found, c.get('user').id, c.req.valid('json'));
      return c.json({ secondSession: written }, 200);
    })
    .openapi({ ...removeSecondSessionRoute, middleware }, async (c) => {
      await writeSecondSession(deps, c.get('meetingAccess'), c.get('user').id, null);
      return c.json({ secondSession: null }, 200);
    });
}
