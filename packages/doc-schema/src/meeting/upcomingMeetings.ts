/**
 * The body's coming meetings as the minutes list them (SPEC rule M8): written by the server from
 * the body's calendar, so the secretary never retypes dates, and kept in the document, so that
 * locked minutes keep the list they were approved with when the calendar changes later.
 */
import type * as Y from 'yjs';
import type { MeetingMode, UpcomingMeeting } from '../minutesModel.ts';
import { meetingMap } from '../layout/docLayout.ts';
import { DocSchemaError } from '../layout/docSchemaError.ts';
import { isIsoDate, MEETING_MODES } from './meetingHeader.ts';
import { readAgendaRecords } from '../agenda/agendaRecord.ts';
import { addAgendaItem } from '../agenda/addAgendaItem.ts';

export const UPCOMING_MEETINGS_KEY = 'upcomingMeetings';
export const CALENDAR_ITEM_TITLE = 'Kommande möten';

/** The stored list, entries of another shape left out (rule R2); undefined when never written. */
export function readUpcomingMeetings(value: unknown): UpcomingMeeting[] | undefined {
  if (!Array.isArray(value)) return undefined;
  return value.flatMap((entry): UpcomingMeeting[] => {
    if (typeof entry !== 'object' || entry === null) return [];
    const meeting = entry as Record<string, unknown>;
    if (typeof meeting.date !== 'string' || !isIsoDate(meeting.date)) return [];
    const text = (key: string) =>
      typeof meeting[key] === 'string' ? (meeting[key] as string) : '';
    const mode = MEETING_MODES.includes(meeting.mode as MeetingMode)
      ? (meeting.mode as MeetingMode)
      : 'room';
    return [
      {
        date: meeting.date,
        startTime: text('startTime'),
        endTime: text('endTime'),
        place: text('place'),
        mode,
      },
    ];
  });
}

/**
 * Replaces the list (sorted by date and time) and, when it is not empty and the agenda has no
 * item for it yet, adds the standing item "Kommande möten" before "Övriga frågor" (rules M8,
 * A5). Writes nothing when the list is unchanged (rule W4), nor an empty list into minutes that
 * never had one.
 */
export function setUpcomingMeetings(doc: Y.Doc, meetings: readonly UpcomingMeeting[]): void {
  const list = meetings.map((meeting, index) => validUpcoming(meeting, index));
  list.sort((a, b) => a.date.localeCompare(b.date) || a.startTime.localeCompare(b.startTime));
  const map = meetingMap(doc);
  // Minutes of a body without a calendar never get an (empty) section.
  if (list.length === 0 && !map.has(UPCOMING_MEETINGS_KEY)) return;
  doc.transact(() => {
    if (JSON.stringify(map.get(UPCOMING_MEETINGS_KEY)) !== JSON.stringify(list))
      map.set(UPCOMING_MEETINGS_KEY, list);
    const hasItem = readAgendaRecords(doc).some((record) => record.standing === 'calendar');
    if (!hasItem && list.length > 0) {
      addAgendaItem(doc, { kind: 'information', title: CALENDAR_ITEM_TITLE, standing: 'calendar' });
    }
  });
}

function validUpcoming(meeting: UpcomingMeeting, index: number): UpcomingMeeting {
  const fail = (reason: string): never => {
    throw new DocSchemaError('invalid_header', `Upcoming meeting ${index}: ${reason}`, {
      field: UPCOMING_MEETINGS_KEY,
      index,
    });
  };
  if (typeof meeting !== 'object' || meeting === null) fail('not a meeting');
  if (typeof meeting.date !== 'string' || !isIsoDate(meeting.date)) fail('date must be ISO');
  for (const key of ['startTime', 'endTime', 'place'] as const) {
    if (typeof meeting[key] !== 'string') fail(`${key} must be text`);
  }
  if (!MEETING_MODES.includes(meeting.mode)) fail('mode must be room, digital or both');
  return {
    date: meeting.date,
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    place: meeting.place,
    mode: meeting.mode,
  };
}
