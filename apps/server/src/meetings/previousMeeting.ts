import { firstRow } from '../db/firstRow.ts';
import { and, desc, eq, inArray, lt } from 'drizzle-orm';
import type { Db } from '../db/openDatabase.ts';
import { meetings } from '../db/schema.ts';

/** The minutes the next meeting's "Föregående minnesanteckningar" approves: the latest circulated before it. */
export async function previousCirculatedMeeting(db: Db, bodyId: string, beforeDate: string) {
  return await db
    .select()
    .from(meetings)
    .where(
      and(
        eq(meetings.bodyId, bodyId),
        eq(meetings.phase, 'circulated'),
        lt(meetings.date, beforeDate),
      ),
    )
    .orderBy(desc(meetings.date))
    .then(firstRow);
}

/** Meetings whose decisions have been taken (live or later): the sources of carry-over. */
export async function decidedMeetings(db: Db) {
  return await db
    .select()
    .from(meetings)
    .where(inArray(meetings.phase, ['live', 'circulated', 'locked']));
}
