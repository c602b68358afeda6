import type { MeetingHeader } from '@anteckna/doc-schema';
import { createEvent, createEvents, type EventAttributes } from 'ics';
import type { RenderedText } from '../exportTypes.ts';
import { createWarningLog } from '../exportWarnings.ts';
import { bodyFullLine, bodySpokenName } from '../layout/minutesWording.ts';
import { secondSessionText } from '../layout/meetingBlocks.ts';
import { stockholmInstant } from '@anteckna/domain';

export type CalendarMeeting = MeetingHeader & { id: string; url?: string };

export interface IcsOptions {
  /** DTSTAMP; give a fixed value to get the same file twice. Default: now. */
  stamp?: Date;
}

function dateParts(isoDate: string): [number, number, number] | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate.trim());
  return match ? [Number(match[1]), Number(match[2]), Number(match[3])] : null;
}

/**
 * One meeting as an iCalendar event. Times are typed in Stockholm time and written as UTC
 * instants, which every calendar shows in its user's own zone; without a start time the event
 * is an all-day event on the meeting's date.
 */
export function renderMeetingIcs(meeting: CalendarMeeting, options: IcsOptions = {}): RenderedText {
  const warnings = createWarningLog();
  const { error, value } = createEvent(meetingEvent(meeting, options, warnings));
  if (error || value === null) throw error ?? new Error('The calendar event could not be written');
  return { text: value, warnings: warnings.list() };
}

/**
 * A body's meetings as one calendar to subscribe to (the body's year): one event per meeting,
 * each with the same uid as its own invitation, so a calendar holding both shows it once.
 */
export function renderCalendarIcs(
  meetings: readonly CalendarMeeting[],
  options: IcsOptions = {},
): RenderedText {
  const warnings = createWarningLog();
  const events = meetings.map((meeting) => meetingEvent(meeting, options, warnings));
  const { error, value } = createEvents(events, {
    productId: 'anteckna/minutes',
    ...(meetings[0] ? { calName: bodySpokenName(meetings[0]) } : {}),
  });
  if (error || !value) throw error ?? new Error('The calendar could not be written');
  return { text: value, warnings: warnings.list() };
}

function meetingEvent(
  meeting: CalendarMeeting,
  options: IcsOptions,
  warnings: ReturnType<typeof createWarningLog>,
): EventAttributes {
  const start = stockholmInstant(meeting.date, meeting.startTime);
  const end = stockholmInstant(meeting.date, meeting.endTime);
  const day = dateParts(meeting.date);
  if (!day) throw new Error(`A meeting date must be YYYY-MM-DD, got "${meeting.date}"`);
  if (start === null)
    warnings.add('missing_time', 'Mötet saknar tid; kalenderhändelsen gäller hela dagen.', []);

  const second = meeting.secondSession;
  const description = [
    bodyFullLine(meeting),
    // A förmöte or a second day, in the words of the minutes (SPEC M7).
    second ? `${second.label}: ${secondSessionText(meeting)}` : '',
    meeting.registryNumber ? `Dnr: ${meeting.registryNumber}` : '',
    meeting.notes.trim(),
  ]
    .filter(Boolean)
    .join('\n\n');
  const timing =
    start === null
      ? { start: day, duration: { days: 1 } }
      : end !== null && end > start
        ? {
            start,
            startInputType: 'utc' as const,
            startOutputType: 'utc' as const,
            end,
            endInputType: 'utc' as const,
            endOutputType: 'utc' as const,
          }
        : {
            start,
            startInputType: 'utc' as const,
            startOutputType: 'utc' as const,
            duration: { hours: 1 },
          };
  const attributes: EventAttributes & { timestamp?: number } = {
    ...timing,
    uid: `${meeting.id}@anteckna`,
    title: meeting.title.trim() || bodySpokenName(meeting),
    description,
    productId: 'anteckna/minutes',
    calName: bodySpokenName(meeting),
    status: 'CONFIRMED',
    busyStatus: 'BUSY',
    timestamp: (options.stamp ?? new Date()).getTime(),
    ...(meeting.place.trim() ? { location: meeting.place.trim() } : {}),
    ...(meeting.url ? { url: meeting.url } : {}),
  };
  return attributes;
}
