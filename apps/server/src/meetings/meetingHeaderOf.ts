import type { MeetingHeaderInput } from '@anteckna/doc-schema';
import type { bodies, meetings } from '../db/schema.ts';

type BodyRow = Pick<
  typeof bodies.$inferSelect,
  'name' | 'shortName' | 'organisation' | 'organisationLines'
>;
type MeetingRow = Pick<
  typeof meetings.$inferSelect,
  'title' | 'date' | 'startTime' | 'endTime' | 'place' | 'mode' | 'registryNumber' | 'phase'
>;

/**
 * A meeting's header as its row and its body's row say it: what a new document starts from and
 * what the body's calendar lists, so the two never differ.
 */
export function meetingHeaderOf(body: BodyRow, meeting: MeetingRow) {
  return {
    bodyName: body.name,
    bodyShortName: body.shortName,
    organisationLines: [body.organisation, ...body.organisationLines],
    title: meeting.title,
    date: meeting.date,
    documentDate: meeting.date,
    startTime: meeting.startTime,
    endTime: meeting.endTime,
    place: meeting.place,
    mode: meeting.mode,
    registryNumber: meeting.registryNumber,
    phase: meeting.phase,
  } satisfies MeetingHeaderInput;
}
