/**
 * Clauses that are followed up after the meeting (SPEC rules U1–U2): a task ("uppdra åt X att …",
 * by a deadline) and a forward to another body (taken up, or reported back, by a date).
 */
import type * as Y from 'yjs';
import type { ClauseType, DecisionClause } from '../minutesModel.ts';
import { DocSchemaError } from '../layout/docSchemaError.ts';
import { isIsoDate, readMeetingHeader } from '../meeting/meetingHeader.ts';

export const FOLLOWED_UP: ReadonlySet<ClauseType> = new Set<ClauseType>(['task', 'forward']);

/** A follow-up cannot fall before the meeting that decides it (rule U1). */
export function checkDueAfterMeeting(doc: Y.Doc, clauses: readonly DecisionClause[]): void {
  const meetingDate = readMeetingHeader(doc).date;
  if (!isIsoDate(meetingDate)) return;
  clauses.forEach((clause, index) => {
    if (clause.due !== undefined && clause.due < meetingDate) {
      throw new DocSchemaError(
        'due_before_meeting',
        `Clause ${index}: ${clause.due} is before the meeting (${meetingDate})`,
        { index, due: clause.due, meetingDate },
      );
    }
  });
}
