import type { Membership, MeetingSummary } from '@anteckna/contract';

export interface BodyMeetings {
  bodyId: string;
  bodyName: string;
  bodyShortName: string;
  /** The person's role in the body; null for a presenter from outside it. */
  role: Membership['role'] | null;
  /** Planned, in preparation or in progress: soonest first. */
  coming: MeetingSummary[];
  /** Circulated minutes waiting for the next meeting's approval: newest first. */
  awaitingApproval: MeetingSummary[];
  /** Approved and locked: newest first. */
  locked: MeetingSummary[];
}

/**
 * One group per body the person belongs to, in the order of their memberships, then one per body
 * they only present in; a body with no meetings still shows (a secretary starts there).
 */
export function groupMeetingsByBody(
  memberships: readonly Membership[],
  meetings: readonly MeetingSummary[],
): BodyMeetings[] {
  const groups = new Map<string, BodyMeetings>();
  for (const membership of memberships) {
    groups.set(membership.bodyId, emptyGroup(membership, membership.role));
  }
  for (const meeting of meetings) {
    let group = groups.get(meeting.bodyId);
    if (!group) {
      group = emptyGroup(meeting, null);
      groups.set(meeting.bodyId, group);
    }
    if (meeting.phase === 'circulated') group.awaitingApproval.push(meeting);
    else if (meeting.phase === 'locked') group.locked.push(meeting);
    else group.coming.push(meeting);
  }
  for (const group of groups.values()) {
    group.coming.sort(byDate);
    group.awaitingApproval.sort((a, b) => byDate(b, a));
    group.locked.sort((a, b) => byDate(b, a));
  }
  return [...groups.values()];
}

function emptyGroup(
  body: { bodyId: string; bodyName: string; bodyShortName: string },
  role: Membership['role'] | null,
): BodyMeetings {
  return {
    bodyId: body.bodyId,
    bodyName: body.bodyName,
    bodyShortName: body.bodyShortName,
    role,
    coming: [],
    awaitingApproval: [],
    locked: [],
  };
}

function byDate(a: MeetingSummary, b: MeetingSummary): number {
  return a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime);
}
