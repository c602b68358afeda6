import type { AgendaItem, MeetingHeader, UpcomingMeeting } from '@anteckna/doc-schema';
import { formatSwedishDate, formatSwedishTimeRange } from '@anteckna/domain';
import { plain } from './contentBlocks.ts';
import type { LayoutBlock } from './layoutTypes.ts';
import { MODE_FALLBACK } from './meetingBlocks.ts';
import { WORDS } from './minutesWording.ts';

/**
 * The calendar section (SPEC M8): under the standing item "Kommande möten", one line per meeting
 * the document holds from the body's calendar, "11 februari 2027, kl. 09.30–12.00, Lokal
 * Stängslet". The list is the document's own, so locked minutes print what they were held with.
 */
export function calendarBlocks(meeting: MeetingHeader, item: AgendaItem): LayoutBlock[] {
  if (item.standing !== 'calendar') return [];
  const planned = meeting.upcomingMeetings ?? [];
  if (planned.length === 0)
    return [{ type: 'paragraph', runs: plain(WORDS.noUpcomingMeetings), tone: 'muted' }];
  return [
    {
      type: 'list',
      ordered: false,
      items: planned.map((entry) => [{ type: 'paragraph', runs: plain(upcomingLine(entry)) }]),
    },
  ];
}

export function upcomingLine(meeting: UpcomingMeeting): string {
  const time = formatSwedishTimeRange(meeting.startTime, meeting.endTime);
  const place = meeting.place.trim() || MODE_FALLBACK[meeting.mode];
  return [formatSwedishDate(meeting.date), time ? `kl. ${time}` : '', place]
    .filter(Boolean)
    .join(', ');
}
