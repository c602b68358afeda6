import { z } from 'zod';
import { endpoint } from '../http/endpoint.ts';
import { MeetingParams } from '../http/pathParams.ts';
import { UserSchema } from '../auth/authEndpoints.ts';

const TokenParams = z.object({ token: z.string().min(20).max(100) });

export const InvitationSchema = z
  .object({
    email: z.string(),
    bodyName: z.string(),
    meetingTitle: z.string(),
    meetingDate: z.string(),
    itemNumber: z.string(),
    itemTitle: z.string(),
  })
  .meta({ id: 'Invitation' });
export type Invitation = z.output<typeof InvitationSchema>;

export const AcceptInvitationRequestSchema = z
  .object({
    name: z.string().trim().min(2).max(120),
    password: z.string().min(10).max(1024),
    title: z.string().max(120).optional(),
    organisation: z.string().max(120).optional(),
  })
  .meta({ id: 'AcceptInvitationRequest' });

/** A one-time link for a presenter of one item, to copy and send. */
export const createInvitationEndpoint = endpoint({
  method: 'post',
  path: '/api/meetings/{id}/invitations',
  params: MeetingParams,
  body: z
    .object({
      email: z.string().trim().toLowerCase().email(),
      itemId: z.string().min(1).max(64),
    })
    .meta({ id: 'InvitationRequest' }),
  response: z.object({ path: z.string(), expiresAt: z.string() }),
});

export const invitationEndpoint = endpoint({
  method: 'get',
  path: '/api/invitations/{token}',
  params: TokenParams,
  response: InvitationSchema,
});

export const acceptInvitationEndpoint = endpoint({
  method: 'post',
  path: '/api/invitations/{token}/accept',
  params: TokenParams,
  body: AcceptInvitationRequestSchema,
  response: z.object({ user: UserSchema, meetingId: z.string() }),
});
