import { and, asc, eq, inArray } from 'drizzle-orm';
import { setUpcomingMeetings } from '@anteckna/doc-schema';
import type { UpcomingMeeting } from '@anteckna/doc-schema';
import type { AppDeps } from '../appDeps.ts';
import { meetings } from '../db/schema.ts';

/** Minutes still being written: the only ones whose calendar section follows the calendar. */
const FOLLOWS_CALENDAR = ['preparation', 'live'] as const;

/**
 * Writes the calendar section (doc-schema SPEC M8) of every meeting of the body that is being
 * prepared or held: the body's planned meetings after it, through the end of the following year
 * (seed 001, in December, lists the coming year). Circulated and locked minutes are not touched,
 * so the list they were held with stays theirs. Called when the calendar gains a meeting and when
 * a meeting goes into preparation.
 */
export function refreshUpcomingMeetings(deps: AppDeps, bodyId: string): void {
  const rows = deps.db
    .select()
    .from(meetings)
    .where(eq(meetings.bodyId, bodyId))
    .orderBy(asc(meetings.date), asc(meetings.startTime))
    .all();
  const planned = rows.filter((row) => row.phase === 'planned');
  const open = deps.db
    .select({ id: meetings.id, date: meetings.date })
    .from(meetings)
    .where(and(eq(meetings.bodyId, bodyId), inArray(meetings.phase, [...FOLLOWS_CALENDAR])))
    .all();
  for (const meeting of open) {
    const until = `${Number(meeting.date.slice(0, 4)) + 1}-12-31`;
    const list: UpcomingMeeting[] = planned
      .filter((row) => row.date > meeting.date && row.date <= until)
      .map((row) => ({
        date: row.date,
        startTime: row.startTime,
        endTime: row.endTime,
        place: row.place,
        mode: row.mode,
      }));
    // A meeting with no calendar ahead and no section yet gets none.
    deps.collab.writeDoc(meeting.id, (room) =>
      room.doc.transact(() => setUpcomingMeetings(room.doc, list)),
    );
  }
}
