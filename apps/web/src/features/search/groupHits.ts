import type { SearchHit } from '@anteckna/contract';

export interface MeetingHits {
  meetingId: string;
  meetingTitle: string;
  meetingDate: string;
  bodyName: string;
  hits: SearchHit[];
}

/**
 * Hits grouped by meeting, the meetings in the order of their best hit (the server ranks), the
 * hits of one meeting in agenda order, the meeting's own hit (header, attendance) first.
 */
export function groupHitsByMeeting(hits: readonly SearchHit[]): MeetingHits[] {
  const groups = new Map<string, MeetingHits>();
  for (const hit of hits) {
    let group = groups.get(hit.meetingId);
    if (!group) {
      group = {
        meetingId: hit.meetingId,
        meetingTitle: hit.meetingTitle,
        meetingDate: hit.meetingDate,
        bodyName: hit.bodyName,
        hits: [],
      };
      groups.set(hit.meetingId, group);
    }
    group.hits.push(hit);
  }
  for (const group of groups.values()) group.hits.sort(byAgendaOrder);
  return [...groups.values()];
}

function byAgendaOrder(a: SearchHit, b: SearchHit): number {
  if (a.itemId === null || b.itemId === null) return a.itemId === null ? -1 : 1;
  return a.itemNumber.localeCompare(b.itemNumber, 'sv', { numeric: true });
}
