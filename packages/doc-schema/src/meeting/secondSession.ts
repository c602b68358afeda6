/**
 * A meeting's second time and place (SPEC rule M7): a förmöte before the meeting, or a second
 * day after it. One plain value of the `meeting` map, replaced whole, so concurrent edits of it
 * resolve last-writer-wins (rule D5).
 */
import type * as Y from 'yjs';
import type { SecondSession } from '../minutesModel.ts';
import { meetingMap } from '../layout/docLayout.ts';
import { DocSchemaError } from '../layout/docSchemaError.ts';
import { isIsoDate } from './meetingHeader.ts';

export const SECOND_SESSION_KEY = 'secondSession';
/** Longer than any label the seeds use ("Kommuner och region möte"), short enough for one line. */
export const SECOND_SESSION_LABEL_MAX = 80;
export const SECOND_SESSION_PLACE_MAX = 200;
const CLOCK = /^([01]\d|2[0-3])\.([0-5]\d)$/;

/** What the secretary gives: the date defaults to the meeting's. */
export type SecondSessionInput = Omit<SecondSession, 'date' | 'place'> & {
  date?: string;
  place?: string;
};

/** "08.30" (two digits, a full stop, as the minutes write times). */
export function isClockTime(value: unknown): value is string {
  return typeof value === 'string' && CLOCK.test(value);
}

/** The stored value, or undefined when absent or of another shape (rule R2). */
export function readSecondSession(value: unknown, meetingDate: string): SecondSession | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const session = value as Record<string, unknown>;
  const label = typeof session.label === 'string' ? session.label.trim() : '';
  if (!label || !isClockTime(session.startTime) || !isClockTime(session.endTime)) return undefined;
  const date =
    typeof session.date === 'string' && isIsoDate(session.date) ? session.date : meetingDate;
  return {
    label,
    date,
    startTime: session.startTime,
    endTime: session.endTime,
    place: typeof session.place === 'string' ? session.place.trim() : '',
  };
}

/**
 * Throws `invalid_second_session` (naming the field) for a missing label, a date that is no
 * real date or times not written "HH.MM", and `second_session_reversed` when it ends before it
 * starts (rule M7).
 */
export function validateSecondSession(
  input: SecondSessionInput,
  meetingDate: string,
): SecondSession {
  const fail = (field: string, reason: string): never => {
    throw new DocSchemaError('invalid_second_session', `Second session ${field}: ${reason}`, {
      field,
    });
  };
  if (typeof input !== 'object' || input === null) return fail('session', 'not a session');
  const label = typeof input.label === 'string' ? input.label.trim() : '';
  if (!label) fail('label', 'is empty');
  if (label.length > SECOND_SESSION_LABEL_MAX) fail('label', 'is too long');
  const date = input.date === undefined || input.date === '' ? meetingDate : input.date;
  if (typeof date !== 'string' || !isIsoDate(date)) fail('date', 'must be an ISO date YYYY-MM-DD');
  if (!isClockTime(input.startTime)) fail('startTime', 'must be HH.MM');
  if (!isClockTime(input.endTime)) fail('endTime', 'must be HH.MM');
  const place = input.place === undefined ? '' : input.place;
  if (typeof place !== 'string') fail('place', 'must be text');
  if (place.trim().length > SECOND_SESSION_PLACE_MAX) fail('place', 'is too long');
  if (input.endTime <= input.startTime) {
    throw new DocSchemaError(
      'second_session_reversed',
      `Second session ends (${input.endTime}) before it starts (${input.startTime})`,
      { startTime: input.startTime, endTime: input.endTime },
    );
  }
  return { label, date, startTime: input.startTime, endTime: input.endTime, place: place.trim() };
}

/** Writes the second session, or removes it with `null` (rules M7, W4, W5). */
export function setSecondSession(doc: Y.Doc, input: SecondSessionInput | null): void {
  const meeting = meetingMap(doc);
  const meetingDate =
    typeof meeting.get('date') === 'string' ? (meeting.get('date') as string) : '';
  if (input === null) {
    doc.transact(() => {
      if (meeting.has(SECOND_SESSION_KEY)) meeting.delete(SECOND_SESSION_KEY);
    });
    return;
  }
  const session = validateSecondSession(input, meetingDate);
  doc.transact(() => {
    if (JSON.stringify(meeting.get(SECOND_SESSION_KEY)) !== JSON.stringify(session))
      meeting.set(SECOND_SESSION_KEY, session);
  });
}
