/**
 * Lays out a new meeting document (SPEC rules D1–D5, M1): the `meeting` header with its schema
 * version, the organisations of the body, and optionally the standing items.
 */
import type * as Y from 'yjs';
import type { MeetingHeader } from '../minutesModel.ts';
import { DOC_SCHEMA_VERSION, agendaArray, attendanceMap, meetingMap } from '../layout/docLayout.ts';
import { DocSchemaError } from '../layout/docSchemaError.ts';
import { validateHeaderPatch } from './meetingHeader.ts';
import { addAgendaItem } from '../agenda/addAgendaItem.ts';
import { standingItems } from '../agenda/standingItems.ts';
import { validateOrganisations } from './updateMeetingHeader.ts';
import { setSecondSession, validateSecondSession } from './secondSession.ts';
import type { SecondSessionInput } from './secondSession.ts';

/** The fields a new meeting must have; the rest default (rule M1). */
export type MeetingHeaderInput = Pick<
  MeetingHeader,
  'bodyName' | 'bodyShortName' | 'title' | 'date'
> &
  Partial<Omit<MeetingHeader, 'secondSession' | 'upcomingMeetings'>> & {
    /** Its date defaults to the meeting's (rule M7). */
    secondSession?: SecondSessionInput;
  };

export interface InitMeetingOptions {
  /** Adds Mötets öppnande … Avslutning (rule A6), as every new meeting has. */
  withStandingItems?: boolean;
}

export function initMeetingDoc(
  doc: Y.Doc,
  input: MeetingHeaderInput,
  organisations: readonly string[],
  options: InitMeetingOptions = {},
): void {
  const meeting = meetingMap(doc);
  if (meeting.has('schemaVersion') || agendaArray(doc).length > 0 || attendanceMap(doc).size > 0) {
    throw new DocSchemaError('already_initialised', 'The document already holds a meeting');
  }
  const { secondSession, ...fields } = input;
  const header: MeetingHeader = {
    organisationLines: [],
    documentDate: input.date,
    startTime: '',
    endTime: '',
    place: '',
    mode: 'room',
    registryNumber: '',
    phase: 'preparation',
    attendanceStyle: 'table',
    notes: '',
    firstAttachmentNumber: 1,
    ...fields,
  };
  validateHeaderPatch(header);
  validateOrganisations(organisations);
  if (secondSession !== undefined) validateSecondSession(secondSession, header.date);
  doc.transact(() => {
    meeting.set('schemaVersion', DOC_SCHEMA_VERSION);
    for (const [field, value] of Object.entries(header)) {
      if (value !== undefined) meeting.set(field, value);
    }
    meeting.set('organisations', [...organisations]);
    if (secondSession !== undefined) setSecondSession(doc, secondSession);
    if (options.withStandingItems) for (const item of standingItems()) addAgendaItem(doc, item);
  });
}
