/** POST /api/meetings/:id/approve-previous (apps/server lifecycleRoutes): the next meeting decides. */
import { apiRequest } from '../../app/api.ts';

export const APPROVAL_DECISIONS = ['approve', 'approve_with_addendum', 'lay_to_records'] as const;
export type ApprovalDecision = (typeof APPROVAL_DECISIONS)[number];

export interface ApprovalRequest {
  decision: ApprovalDecision;
  addendum?: string;
}

export interface ApprovalAnswer {
  lockedMeetingId: string;
  sha256: string;
}

/** Approves the minutes the approving meeting's item "Föregående minnesanteckningar" points to. */
export function approvePreviousMinutes(
  approvingMeetingId: string,
  request: ApprovalRequest,
  /** The rule ids of the check's warnings shown in the confirmation. */
  acknowledgedWarnings: readonly string[] = [],
): Promise<ApprovalAnswer> {
  return apiRequest<ApprovalAnswer>(
    `/api/meetings/${encodeURIComponent(approvingMeetingId)}/approve-previous`,
    {
      method: 'POST',
      body: acknowledgedWarnings.length > 0 ? { ...request, acknowledgedWarnings } : request,
    },
  );
}
