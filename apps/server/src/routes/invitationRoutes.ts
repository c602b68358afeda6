import { createRoute, z } from '@hono/zod-openapi';
import { readAgendaRecords, readMinutes } from '@anteckna/doc-schema';
import type { AppDeps } from '../appDeps.ts';
import { arrivedOverTls } from '../http/trustedProxy.ts';
import { writeSessionCookie } from '../auth/sessionCookie.ts';
import { createSession } from '../auth/sessionStore.ts';
import { appError } from '../errors/appError.ts';
import { acceptInvitation } from '../invitations/acceptInvitation.ts';
import { createInvitation, findOpenInvitation } from '../invitations/invitationStore.ts';
import { findMeetingAccess } from '../meetings/meetingAccess.ts';
import { newRouter } from './router.ts';
import { errorResponses, publicUser, UserSchema } from './schemas.ts';
import { requireUser } from './sessionMiddleware.ts';

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const TokenParam = z.object({
  token: z
    .string()
    .min(20)
    .max(100)
    .openapi({ param: { name: 'token', in: 'path' } }),
});

const createInvite = createRoute({
  method: 'post',
  path: '/api/meetings/{id}/invitations',
  request: {
    params: z.object({
      id: z
        .string()
        .min(1)
        .max(64)
        .openapi({ param: { name: 'id', in: 'path' } }),
    }),
    body: {
      content: {
        'application/json': {
          schema: z
            .object({
              email: z.string().trim().toLowerCase().email(),
              itemId: z.string().min(1).max(64),
            })
            .openapi('InvitationRequest'),
        },
      },
      required: true,
    },
  },
  responses: {
    201: json(
      z.object({ path: z.string(), expiresAt: z.string() }),
      'A one-time link to copy and send',
    ),
    ...errorResponses(400, 401, 403, 404),
  },
});

const InvitationSchema = z.object({
  email: z.string(),
  bodyName: z.string(),
  meetingTitle: z.string(),
  meetingDate: z.string(),
  itemNumber: z.string(),
  itemTitle: z.string(),
});
const readInvite = createRoute({
  method: 'get',
  path: '/api/invitations/{token}',
  request: { params: TokenParam },
  responses: {
    200: json(InvitationSchema, 'Who and what the invitation is for'),
    ...errorResponses(410),
  },
});
const acceptInvite = createRoute({
  method: 'post',
  path: '/api/invitations/{token}/accept',
  request: {
    params: TokenParam,
    body: {
      content: {
        'application/json': {
          schema: z
            .object({
              name: z.string().trim().min(2).max(120),
              password: z.string().min(10).max(1024),
              title: z.string().max(120).optional(),
              organisation: z.string().max(120).optional(),
            })
            .openapi('AcceptInvitationRequest'),
        },
      },
      required: true,
    },
  },
  responses: {
    200: json(z.object({ user: UserSchema, meetingId: z.string() }), 'Account ready and logged in'),
    ...errorResponses(400, 401, 410, 429),
  },
});

export function invitationRoutes(deps: AppDeps) {
  return newRouter()
    .openapi(createInvite, async (c) => {
      const user = requireUser(c);
      const access = findMeetingAccess(deps.db, user.id, c.req.valid('param').id);
      if (!access) throw appError('meeting_not_found');
      if (access.bodyRole !== 'secretary') throw appError('not_secretary');
      const { email, itemId } = c.req.valid('json');
      const exists = deps.collab.readDoc(access.meeting.id, (room) =>
        readAgendaRecords(room.doc).some((r) => r.id === itemId),
      );
      if (!exists) throw appError('item_not_found');
      const { token, expiresAt } = createInvitation(
        deps.db,
        { email, meetingId: access.meeting.id, itemId, invitedBy: user.id },
        deps.now(),
      );
      return c.json({ path: `/invite/${token}`, expiresAt }, 201);
    })
    .openapi(readInvite, (c) => {
      const invitation = findOpenInvitation(deps.db, c.req.valid('param').token, deps.now());
      if (!invitation) throw appError('invitation_invalid');
      const minutes = deps.collab.readDoc(invitation.meetingId, (room) => readMinutes(room.doc));
      const item = minutes.items.find((i) => i.id === invitation.itemId);
      return c.json(
        {
          email: invitation.email,
          bodyName: minutes.meeting.bodyName,
          meetingTitle: minutes.meeting.title,
          meetingDate: minutes.meeting.date,
          itemNumber: item?.number ?? '',
          itemTitle: item?.title ?? '',
        },
        200,
      );
    })
    .openapi(acceptInvite, async (c) => {
      const accepted = await acceptInvitation(
        deps,
        c,
        c.req.valid('param').token,
        c.req.valid('json'),
      );
      const token = createSession(
        deps.db,
        accepted.user.id,
        deps.config.sessionTtlHours,
        deps.now(),
      );
      writeSessionCookie(
        c,
        token,
        deps.config.sessionTtlHours,
        arrivedOverTls(c, deps.config.trustedProxies),
      );
      return c.json({ user: publicUser(accepted.user), meetingId: accepted.meetingId }, 200);
    });
}
