import { createRoute, z } from '@hono/zod-openapi';
import { readMinutes } from '@anteckna/doc-schema';
import type { AppDeps } from '../appDeps.ts';
import { peopleOfBody } from '../meetings/peopleOfBody.ts';
import { movePhase } from '../lifecycle/movePhase.ts';
import { appError } from '../errors/appError.ts';
import { createMeeting } from '../meetings/createMeeting.ts';
import {
  findMeetingAccess,
  listReadableMeetings,
  meetingSummary,
  type MeetingAccess,
} from '../meetings/meetingAccess.ts';
import { newRouter } from './router.ts';
import {
  AcknowledgedWarningsSchema,
  checkRefusedResponse,
  errorResponses,
  MeetingSummarySchema,
  PhaseSchema,
} from './schemas.ts';
import { pickLanguage } from '../errors/errorResponse.ts';
import { requireUser } from './sessionMiddleware.ts';

const MeetingId = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' } }),
});

const listRoute = createRoute({
  method: 'get',
  path: '/api/meetings',
  responses: {
    200: {
      description: 'Meetings the session may read',
      content: {
        'application/json': { schema: z.object({ meetings: z.array(MeetingSummarySchema) }) },
      },
    },
    ...errorResponses(401),
  },
});

const CreateMeetingBody = z
  .object({
    bodyId: z.string().min(1),
    title: z.string().trim().min(1).max(200),
    date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD'),
    startTime: z
      .string()
      .regex(/^\d{2}[.:]\d{2}$/)
      .optional(),
    endTime: z
      .string()
      .regex(/^\d{2}[.:]\d{2}$/)
      .optional(),
    place: z.string().max(300).optional(),
    mode: z.enum(['room', 'digital', 'both']).optional(),
    registryNumber: z.string().max(60).optional(),
  })
  .openapi('CreateMeetingRequest');

const createRouteDef = createRoute({
  method: 'post',
  path: '/api/meetings',
  request: {
    body: { content: { 'application/json': { schema: CreateMeetingBody } }, required: true },
  },
  responses: {
    201: {
      description: 'Created',
      content: { 'application/json': { schema: MeetingSummarySchema } },
    },
    ...errorResponses(400, 401, 403, 404),
  },
});

const AccessSchema = z.object({
  role: z.enum(['secretary', 'chair', 'member', 'presenter']),
  bodyRole: z.enum(['secretary', 'chair', 'member']).nullable(),
  userId: z.string(),
});

const getRoute = createRoute({
  method: 'get',
  path: '/api/meetings/{id}',
  request: { params: MeetingId },
  responses: {
    200: {
      description: 'The meeting with its minutes as the server reads them from the document',
      content: {
        'application/json': {
          schema: z.object({
            meeting: MeetingSummarySchema,
            access: AccessSchema,
            minutes: z
              .record(z.string(), z.unknown())
              .openapi({ description: 'MinutesModel of @anteckna/doc-schema' }),
          }),
        },
      },
    },
    ...errorResponses(401, 404),
  },
});

const phaseRoute = createRoute({
  method: 'post',
  path: '/api/meetings/{id}/phase',
  request: {
    params: MeetingId,
    body: {
      content: {
        'application/json': {
          schema: z
            .object({ to: PhaseSchema, acknowledgedWarnings: AcknowledgedWarningsSchema })
            .openapi('PhaseMoveRequest'),
        },
      },
      required: true,
    },
  },
  responses: {
    200: {
      description: 'Moved',
      content: { 'application/json': { schema: MeetingSummarySchema } },
    },
    ...errorResponses(400, 401, 403, 404),
    ...checkRefusedResponse,
  },
});

const PersonOptionSchema = z
  .object({ id: z.string(), name: z.string(), title: z.string(), organisation: z.string() })
  .openapi('PersonOption');
const peopleRoute = createRoute({
  method: 'get',
  path: '/api/meetings/{id}/people',
  request: { params: MeetingId },
  responses: {
    200: {
      description:
        "People who can be named presenter: the body's members and everyone who has presented to it",
      content: {
        'application/json': { schema: z.object({ people: z.array(PersonOptionSchema) }) },
      },
    },
    ...errorResponses(401, 403, 404),
  },
});

export function meetingRoutes(deps: AppDeps) {
  const access = (userId: string, meetingId: string): MeetingAccess => {
    const found = findMeetingAccess(deps.db, userId, meetingId);
    if (!found) throw appError('meeting_not_found');
    return found;
  };
  return newRouter()
    .openapi(listRoute, (c) => {
      const user = requireUser(c);
      const rows = listReadableMeetings(deps.db, user.id);
      return c.json({ meetings: rows.map((r) => meetingSummary(r.meeting, r.body)) }, 200);
    })
    .openapi(createRouteDef, (c) => {
      const user = requireUser(c);
      const created = createMeeting(deps, user.id, c.req.valid('json'));
      return c.json(meetingSummary(created.meeting, created.body), 201);
    })
    .openapi(getRoute, (c) => {
      const user = requireUser(c);
      const found = access(user.id, c.req.valid('param').id);
      const minutes = deps.collab.readDoc(found.meeting.id, (room) => readMinutes(room.doc));
      return c.json(
        {
          meeting: meetingSummary(found.meeting, found.body),
          access: { role: found.role, bodyRole: found.bodyRole, userId: user.id },
          minutes: minutes as unknown as Record<string, unknown>,
        },
        200,
      );
    })
    .openapi(peopleRoute, (c) => {
      const user = requireUser(c);
      const found = access(user.id, c.req.valid('param').id);
      if (found.bodyRole !== 'secretary') throw appError('not_secretary');
      return c.json({ people: peopleOfBody(deps.db, found.body.id) }, 200);
    })
    .openapi(phaseRoute, (c) => {
      const user = requireUser(c);
      const found = access(user.id, c.req.valid('param').id);
      const moved = movePhase(
        deps,
        found,
        { ...c.req.valid('json'), language: pickLanguage(c) },
        user.id,
      );
      return c.json(meetingSummary(moved, found.body), 200);
    });
}
