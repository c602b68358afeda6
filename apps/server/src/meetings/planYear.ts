import type { PlanYearRequest } from '@anteckna/contract';
import { asc, eq } from 'drizzle-orm';
import type { CalendarMeeting } from '@anteckna/export';
import type { AppDeps } from '../appDeps.ts';
import { bodies, meetings } from '../db/schema.ts';
import { appError } from '../errors/appError.ts';
import { createMeeting } from './createMeeting.ts';
import { meetingHeaderOf } from './meetingHeaderOf.ts';

/**
 * The secretary's calendar of the year: each date becomes a meeting in phase `planned` (no
 * agenda links or carry-over yet: those come when it goes into preparation). All dates are
 * checked before any is created.
 */
export function planYear(deps: AppDeps, userId: string, bodyId: string, input: PlanYearRequest) {
  const body = deps.db.select().from(bodies).where(eq(bodies.id, bodyId)).get();
  if (!body) throw appError('body_not_found');
  for (const planned of input.meetings) {
    if (!isRealDate(planned.date)) {
      throw appError('invalid_request', { details: [{ path: 'date', message: planned.date }] });
    }
  }
  return input.meetings.map((planned) =>
    createMeeting(deps, userId, {
      ...planned,
      bodyId,
      title: planned.title ?? (body.shortName || body.name),
      phase: 'planned',
    }),
  );
}

function isRealDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

/** Every meeting of the body, by date, as the calendar export takes them. */
export function bodyCalendar(deps: AppDeps, bodyId: string): CalendarMeeting[] {
  const body = deps.db.select().from(bodies).where(eq(bodies.id, bodyId)).get();
  if (!body) throw appError('body_not_found');
  return deps.db
    .select()
    .from(meetings)
    .where(eq(meetings.bodyId, bodyId))
    .orderBy(asc(meetings.date))
    .all()
    .map((meeting) => ({
      id: meeting.id,
      ...meetingHeaderOf(body, meeting),
      attendanceStyle: 'table',
      notes: '',
    }));
}
