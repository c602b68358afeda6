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
export function findMeetingWithBody(
  db: Db,
  meetingId: string,
): { meeting: MeetingRow; body: BodyRow } | undefined {
  return db
    .select({ meeting: meetings, body: bodies })
    .from(meetings)
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .where(eq(meetings.id, meetingId))
    .get();
}

/** Null when the meeting does not exist or the person may not read it: callers answer 404 alike. */
export function findMeetingAccess(db: Db, userId: string, meetingId: string): MeetingAccess | null {
  const row = findMeetingWithBody(db, meetingId);
  if (!row) return null;
  const membership = db
    .select({ role: memberships.role })
    .from(memberships)
    .where(and(eq(memberships.bodyId, row.body.id), eq(memberships.userId, userId)))
    .get();
  if (membership) return { ...row, role: membership.role, bodyRole: membership.role };
  const presenter = db
    .select({ userId: meetingPresenters.userId })
    .from(meetingPresenters)
    .where(and(eq(meetingPresenters.meetingId, meetingId), eq(meetingPresenters.userId, userId)))
    .get();
  return presenter ? { ...row, role: 'presenter', bodyRole: null } : null;
}

export function listReadableMeetings(db: Db, userId: string) {
  const memberBodies = db
    .select({ bodyId: memberships.bodyId })
    .from(memberships)
    .where(eq(memberships.userId, userId));
  const presented = db
    .select({ meetingId: meetingPresenters.meetingId })
    .from(meetingPresenters)
    .where(eq(meetingPresenters.userId, userId));
  return db
    .select({ meeting: meetings, body: bodies })
    .from(meetings)
    .innerJoin(bodies, eq(bodies.id, meetings.bodyId))
    .where(or(inArray(meetings.bodyId, memberBodies), inArray(meetings.id, presented)))
    .orderBy(meetings.date)
    .all();
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
