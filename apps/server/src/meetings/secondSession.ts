import type { SecondSessionRequest } from '@anteckna/contract';
import {
  isDocSchemaError,
  readMinutes,
  ROOT_MEETING,
  setSecondSession,
} from '@anteckna/doc-schema';
import type { SecondSession } from '@anteckna/doc-schema';
import { formatSwedishTime, mayWrite } from '@anteckna/domain';
import type { AppDeps } from '../appDeps.ts';
import { appError } from '../errors/appError.ts';
import type { MeetingAccess } from './meetingAccess.ts';

/**
 * The secretary sets or removes a meeting's second time and place (doc-schema SPEC M7). The
 * document's writer checks every value before anything is written, so a refused request changes
 * nothing; its refusals become the catalogue's errors.
 */
export async function writeSecondSession(
  deps: AppDeps,
  access: MeetingAccess,
  userId: string,
  request: SecondSessionRequest | null,
): Promise<SecondSession | null> {
  const verdict = mayWrite({ userId, bodyRole: access.bodyRole }, ROOT_MEETING, {
    phase: access.meeting.phase,
    presenterIdsOf: () => [],
  });
  if (!verdict.allowed) {
    throw appError(verdict.reason === 'locked' ? 'minutes_locked' : 'not_secretary');
  }
  const input =
    request === null
      ? null
      : {
          label: request.label,
          // The meeting's date as its row says it, also for a document that lacks one.
          date: request.date || access.meeting.date,
          // "9:30" from a time field and "09.30" as the minutes write it are the same time.
          startTime: formatSwedishTime(request.startTime),
          endTime: formatSwedishTime(request.endTime),
          place: request.place,
        };
  let written: SecondSession | null = null;
  try {
    await deps.collab.writeDoc(access.meeting.id, (room) => {
      room.doc.transact(() => setSecondSession(room.doc, input));
      written = readMinutes(room.doc).meeting.secondSession ?? null;
    });
  } catch (error) {
    if (!isDocSchemaError(error)) throw error;
    if (error.id === 'second_session_reversed') {
      throw appError('second_session_reversed', {
        details: { from: String(error.params.startTime), to: String(error.params.endTime) },
      });
    }
    throw appError('invalid_second_session', { details: { field: String(error.params.field) } });
  }
  await deps.search.reindex(access.meeting.id);
  return written;
}
