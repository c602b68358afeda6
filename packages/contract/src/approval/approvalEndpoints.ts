import { z } from 'zod';
import { endpoint } from '../http/endpoint.ts';
import { MeetingParams } from '../http/pathParams.ts';
import { AcknowledgedWarningsSchema } from '../check/checkEndpoints.ts';

export const APPROVAL_DECISIONS = ['approve', 'approve_with_addendum', 'lay_to_records'] as const;
export type ApprovalDecision = (typeof APPROVAL_DECISIONS)[number];

export const ApprovalRequestSchema = z
  .object({
    decision: z.enum(APPROVAL_DECISIONS),
    addendum: z.string().max(4000).optional(),
    /** Warnings seen in the confirmation; the approval is held by errors only. */
    acknowledgedWarnings: AcknowledgedWarningsSchema,
  })
  .meta({ id: 'ApprovePreviousRequest' });
export type ApprovalRequest = z.input<typeof ApprovalRequestSchema>;

export const ApprovalAnswerSchema = z
  .object({ lockedMeetingId: z.string(), sha256: z.string() })
  .meta({ id: 'ApprovePreviousAnswer' });
export type ApprovalAnswer = z.output<typeof ApprovalAnswerSchema>;

/** The approving meeting decides on the minutes its item "Föregående minnesanteckningar" names. */
export const approvePreviousEndpoint = endpoint({
  method: 'post',
  path: '/api/meetings/{id}/approve-previous',
  params: MeetingParams,
  body: ApprovalRequestSchema,
  response: ApprovalAnswerSchema,
});
