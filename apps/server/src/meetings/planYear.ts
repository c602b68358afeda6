import { firstRow } from '../db/firstRow.ts';
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
export async function planYear(
  deps: AppDeps,
  userId: string,
  bodyId: string,
  input: PlanYearRequest,
) {
  const body = await deps.db.select().from(bodies).where(eq(bodies.id, bodyId)).then(firstRow);
  if (!body) throw appError('body_not_found');
  for (const planned of input.meetings) {
    if (!isRealDate(planned.date)) {
      throw appError('invalid_request', { details: [{ path: 'date', message: planned.date }] });
    }
  }
  const created = [];
  for (const planned of input.meetings) {
    created.push(
      await createMeeting(deps, userId, {
        ...planned,
        bodyId,
        title: planned.title ?? (body.shortName || body.name),
        phase: 'planned',
      }),
    );
  }
  return created;
}

function isRealDate(iso: string): boolean {
  const date = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === iso;
}

/** Every meeting of the body, by date, as the calendar export takes them. */
export async function bodyCalendar(deps: AppDeps, bodyId: string): Promise<CalendarMeeting[]> {
  const body = await deps.db.select().from(bodies).where(eq(bodies.id, bodyId)).then(firstRow);
  if (!body) throw appError('body_not_found');
  return await deps.db
    .select()
    .from(meetings)
    .where(eq(meetings.bodyId, bodyId))
    .orderBy(asc(meetings.date))
    .then((rows) =>
      rows.map((meeting) => ({
        id: meeting.id,
        ...meetingHeaderOf(body, meeting),
        attendanceStyle: 'table',
        notes: '',
      })),
    );
}
