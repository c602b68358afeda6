import { asc, eq } from 'drizzle-orm';
import { readMinutes, setUpcomingMeetings } from '@anteckna/doc-schema';
import type { UpcomingMeeting } from '@anteckna/doc-schema';
import type { AppDeps } from '../appDeps.ts';
import { meetings } from '../db/schema.ts';

/** Minutes still being written: the only ones whose calendar section follows the calendar. */
const FOLLOWS_CALENDAR = ['preparation', 'live'] as const;

/**
 * Writes the calendar section (doc-schema SPEC M8) of the meetings of the body that are being
 * prepared or held and whose list `changed` touches: the changed meeting itself, and those before
 * it that list its date. Each lists the body's coming meetings after it (planned, or in
 * preparation) through the end of the following year (seed 001, in December, lists the coming
 * year). Circulated and locked minutes are never touched, so the list they were held with stays
 * theirs. Called when the calendar gains a meeting and when a meeting goes into preparation.
 */
export async function refreshUpcomingMeetings(
  deps: AppDeps,
  bodyId: string,
  changed: { id: string; date: string },
): Promise<void> {
  const rows = await deps.db
    .select()
    .from(meetings)
    .where(eq(meetings.bodyId, bodyId))
    .orderBy(asc(meetings.date), asc(meetings.startTime));
  // Coming: planned, or already being prepared (a date of the calendar keeps its place in the
  // list when the secretary starts preparing it).
  const coming = rows.filter((row) => row.phase === 'planned' || row.phase === 'preparation');
  const untilOf = (date: string) => `${Number(date.slice(0, 4)) + 1}-12-31`;
  const touched = rows.filter(
    (row) =>
      (FOLLOWS_CALENDAR as readonly string[]).includes(row.phase) &&
      (row.id === changed.id || (row.date < changed.date && changed.date <= untilOf(row.date))),
  );
  for (const meeting of touched) {
    const until = untilOf(meeting.date);
    const ahead = coming.filter((row) => row.date > meeting.date && row.date <= until);
    const list: UpcomingMeeting[] = ahead.map((row) => ({
      date: row.date,
      startTime: row.startTime,
      endTime: row.endTime,
      place: row.place,
      mode: row.mode,
    }));
    // The section starts with the calendar: a body that only ever creates its next meeting, with
    // no planned dates, gets no "Kommande möten" item in its minutes.
    const calendarAhead = ahead.some((row) => row.phase === 'planned');
    await deps.collab.writeDoc(meeting.id, (room) => {
      if (!calendarAhead && readMinutes(room.doc).meeting.upcomingMeetings === undefined) return;
      room.doc.transact(() => setUpcomingMeetings(room.doc, list));
    });
  }
}
