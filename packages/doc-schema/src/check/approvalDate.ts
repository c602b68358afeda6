/**
 * K15: an approval dated before the meeting it approves: minutes are approved at a later
 * meeting. Read from the approval in the document, or from the meeting about to approve them.
 */
import type { MinutesModel } from '../minutesModel.ts';
import type { CheckContext, RuleHit } from './finding.ts';
import { isIsoDate } from '../meeting/meetingHeader.ts';

export function checkApprovalDate(model: MinutesModel, context: CheckContext = {}): RuleHit[] {
  const meetingDate = model.meeting.date;
  if (!isIsoDate(meetingDate)) return [];
  const dates = [model.approval?.approvedByMeetingDate, context.approvingMeetingDate];
  const early = dates.find((date) => date !== undefined && isIsoDate(date) && date < meetingDate);
  if (early === undefined) return [];
  return [
    {
      rule: 'approval_before_meeting',
      text: early,
      params: { approvalDate: early, meetingDate },
    },
  ];
}
