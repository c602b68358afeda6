/**
 * The mistake check of one meeting as the server runs it: the document's read model, the phase
 * from SQL (the truth the write gate also uses), and the context from SQL. The same for
 * `GET /api/meetings/:id/check`, the guard of circulation and approval, and `npm run check`.
 */
import type * as Y from 'yjs';
import type { Phase } from '@anteckna/domain';
import { checkMinutes, readMinutes, type Finding } from '@anteckna/doc-schema';
import type { Db } from '../db/openDatabase.ts';
import type { BodyRow, MeetingRow } from '../meetings/meetingAccess.ts';
import { checkContextFor, type CheckRequest } from './checkContext.ts';

export interface MeetingCheckInput extends CheckRequest {
  /** Check the minutes as they would be in this phase (the move being asked for). */
  asPhase?: Phase;
}

export async function checkMeetingDoc(
  db: Db,
  doc: Y.Doc,
  meeting: MeetingRow,
  body: BodyRow,
  input: MeetingCheckInput,
): Promise<Finding[]> {
  const model = readMinutes(doc);
  model.meeting.phase = input.asPhase ?? meeting.phase;
  return checkMinutes(model, await checkContextFor(db, body, input, meeting.id));
}
