/**
 * The one read model of a meeting document (SPEC rule R1): used by the API, the exporters, the
 * decision register, search and the mistake check alike. Never throws on a malformed document.
 */
import type * as Y from 'yjs';
import type { AgendaItem, Block, DecisionClause, MinutesModel } from './minutesModel.ts';
import { meetingMap, readItemFragment } from './layout/docLayout.ts';
import { docVersion } from './layout/docVersion.ts';
import { readSecondSession, SECOND_SESSION_KEY } from './meeting/secondSession.ts';
import { readUpcomingMeetings, UPCOMING_MEETINGS_KEY } from './meeting/upcomingMeetings.ts';
import { readAgendaRecords } from './agenda/agendaRecord.ts';
import { numberAgenda, numberAttachments } from './agenda/agendaNumbering.ts';
import { readBlocks } from './blocks/readBlocks.ts';
import { readDecision } from './decision/readDecision.ts';
import { readApproval, readMeetingHeader, readOrganisations } from './meeting/meetingHeader.ts';
import {
  groupAttendance,
  notRepresented,
  readAttendanceEntries,
} from './attendance/readAttendance.ts';

export function readMinutes(doc: Y.Doc): MinutesModel {
  const meeting = readMeetingHeader(doc);
  // Optional keys only when present: minutes sealed before they existed read (and hash) as then.
  const secondSession = readSecondSession(meetingMap(doc).get(SECOND_SESSION_KEY), meeting.date);
  if (secondSession) meeting.secondSession = secondSession;
  const upcoming = readUpcomingMeetings(meetingMap(doc).get(UPCOMING_MEETINGS_KEY));
  if (upcoming) meeting.upcomingMeetings = upcoming;
  const organisations = readOrganisations(doc);
  const ordered = numberAgenda(readAgendaRecords(doc));
  const entries = readAttendanceEntries(doc, new Set(ordered.map(({ record }) => record.id)));
  const attachments = numberAttachments(ordered, meeting.firstAttachmentNumber ?? 1);
  const items = ordered.map(({ record, parentId, depth, number }): AgendaItem => {
    const item: AgendaItem = {
      id: record.id,
      parentId,
      number,
      depth,
      kind: record.kind,
      title: record.title,
      standing: record.standing,
      late: record.late,
      status: record.status,
      internal: record.internal,
      presenterIds: record.presenterIds,
      presenters: record.presenters,
      attachments: attachments.get(record.id) ?? [],
      body: blocksOf(readItemFragment(doc, record.id, 'body')),
      proposal: blocksOf(readItemFragment(doc, record.id, 'proposal')),
      decision: clausesOf(readItemFragment(doc, record.id, 'decision')),
    };
    if (record.carriedFrom !== undefined) item.carriedFrom = record.carriedFrom;
    if (record.approvesMeetingId !== undefined) item.approvesMeetingId = record.approvesMeetingId;
    return item;
  });
  return {
    schemaVersion: docVersion(doc),
    meeting,
    organisations,
    attendance: groupAttendance(entries, organisations),
    notRepresented: notRepresented(entries, organisations),
    items,
    approval: readApproval(doc),
  };
}

function blocksOf(fragment: Y.XmlFragment | null): Block[] {
  return fragment === null ? [] : readBlocks(fragment);
}

function clausesOf(fragment: Y.XmlFragment | null): DecisionClause[] {
  return fragment === null ? [] : readDecision(fragment);
}
