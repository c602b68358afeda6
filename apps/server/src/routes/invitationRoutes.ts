import {
  acceptInvitationEndpoint,
  createInvitationEndpoint,
  invitationEndpoint,
} from '@anteckna/contract';
import { readAgendaRecords, readMinutes } from '@anteckna/doc-schema';
import type { AppDeps } from '../appDeps.ts';
import { arrivedOverTls } from '../http/trustedProxy.ts';
import { writeSessionCookie } from '../auth/sessionCookie.ts';
import { createSession } from '../auth/sessionStore.ts';
import { appError } from '../errors/appError.ts';
import { acceptInvitation } from '../invitations/acceptInvitation.ts';
import { createInvitation, findOpenInvitation } from '../invitations/invitationStore.ts';
import { requireMeetingAccess } from './requireMeetingAccess.ts';
import { newRouter } from './router.ts';
import { contractRoute } from './contractRoute.ts';
import { publicUser } from './routeParts.ts';

const createInvite = contractRoute(
  createInvitationEndpoint,
  { status: 201, description: 'A one-time link to copy and send' },
  [400, 401, 403, 404],
);
const readInvite = contractRoute(
  invitationEndpoint,
  { status: 200, description: 'Who and what the invitation is for' },
  [410],
);
const acceptInvite = contractRoute(
  acceptInvitationEndpoint,
  { status: 200, description: 'Account ready and logged in' },
  [400, 401, 403, 410, 415, 429],
);

export function invitationRoutes(deps: AppDeps) {
  return newRouter()
    .openapi({ ...createInvite, middleware: requireMeetingAccess(deps) }, async (c) => {
      const user = c.get('user');
      const access = c.get('meetingAccess');
      if (access.bodyRole !== 'secretary') throw appError('not_secretary');
      const { email, itemId } = c.req.valid('json');
      const exists = await deps.collab.readDoc(access.meeting.id, (room) =>
        readAgendaRecords(room.doc).some((r) => r.id === itemId),
      );
      if (!exists) throw appError('item_not_found');
      const { token, expiresAt } = await createInvitation(
        deps.db,
        { email, meetingId: access.meeting.id, itemId, invitedBy: user.id },
        deps.now(),
      );
      return c.json({ path: `/invite/${token}`, expiresAt }, 201);
    })
    .openapi(readInvite, async (c) => {
      const invitation = await findOpenInvitation(deps.db, c.req.valid('param').token, deps.now());
      if (!invitation) throw appError('invitation_invalid');
      const minutes = await deps.collab.readDoc(invitation.meetingId, (room) =>
        readMinutes(room.doc),
      );
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
      const token = await createSession(
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
