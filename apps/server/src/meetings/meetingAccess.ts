import { firstRow } from '../db/firstRow.ts';
import { and, eq, inArray, or } from 'drizzle-orm';
import type { BodyRole } from '@anteckna/domain';
import type { Db } from '../db/openDatabase.ts';
import { bodies, meetingPresenters, meetings, memberships } from '../db/schema.ts';

export type MeetingRow = typeof meetings.$inferSelect;
export type BodyRow = typeof bodies.$inferSelect;

/** How a person stands to one meeting: by membership of its body, or as a presenter in it. */
export type MeetingRole = BodyRole | 'presenter';

export interface MeetingAccess {
  meeting: MeetingRow;
  body: BodyRow;
  role: MeetingRole;
  /** The role in the body, or null for an outside presenter: what the write policy takes. */
  bodyRole: BodyRole | null;
}

/** The meeting with its body, whoever asks: for the offline tools. */
export async function findMeetingWithBody(
  db: Db,
  meetingId: string,
): Promise<{ meeting: MeetingRow; body: BodyRow } | undefined> {
  return await db
    .select({ meeting: meetings, body: bodies })
    .from(meetings)
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .where(eq(meetings.id, meetingId))
    .then(firstRow);
}

/** Null when the meeting does not exist or the person may not read it: callers answer 404 alike. */
export async function findMeetingAccess(
  db: Db,
  userId: string,
  meetingId: string,
): Promise<MeetingAccess | null> {
  const row = await findMeetingWithBody(db, meetingId);
  if (!row) return null;
  const membership = await db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.bodyId, row.body.id), eq(memberships.userId, userId)))
    .then(firstRow);
  if (membership) return { ...row, role: membership.role, bodyRole: membership.role };
  const presenter = await db
    .select({ userId: meetingPresenters.userId })
    .from(meetingPresenters)
    .where(and(eq(meetingPresenters.meetingId, meetingId), eq(meetingPresenters.userId, userId)))
    .then(firstRow);
  return presenter ? { ...row, role: 'presenter', bodyRole: null } : null;
}

export async function listReadableMeetings(db: Db, userId: string) {
  const memberBodies = db
    .select({ bodyId: memberships.bodyId })
    .from(memberships)
    .where(eq(memberships.userId, userId));
  const presented = db
    .select({ meetingId: meetingPresenters.meetingId })
    .from(meetingPresenters)
    .where(eq(meetingPresenters.userId, userId));
  return await db
    .select({ meeting: meetings, body: bodies })
    .from(meetings)
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .where(or(inArray(meetings.bodyId, memberBodies), inArray(meetings.id, presented)))
    .orderBy(meetings.date);
}

export function meetingSummary(meeting: MeetingRow, body: BodyRow) {
  return {
    id: meeting.id,
    bodyId: meeting.bodyId,
    bodyName: body.name,
    bodyShortName: body.shortName,
    title: meeting.title,
    date: meeting.date,
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    place: meeting.place,
    mode: meeting.mode,
    registryNumber: meeting.registryNumber,
    phase: meeting.phase,
  };
}
