import { firstRow } from '../db/firstRow.ts';
import {
  readAgendaRecords,
  writeDecisionClauses,
  itemFragment,
  type CheckLanguage,
  type DecisionClause,
} from '@anteckna/doc-schema';
import { eq } from 'drizzle-orm';
import type { AppDeps } from '../appDeps.ts';
import { meetings } from '../db/schema.ts';
import { appError } from '../errors/appError.ts';
import type { MeetingAccess } from '../meetings/meetingAccess.ts';
import { SERVER_ORIGIN } from '../collab/room.ts';
import { lockApprovedMinutes } from './lockApprovedMinutes.ts';
import { checkMeetingDoc } from '../check/meetingCheck.ts';
import { requireCheckPassed, validAcknowledgements } from '../check/checkGuard.ts';

export type ApprovalDecision = 'approve' | 'approve_with_addendum' | 'lay_to_records';

export interface ApprovalInput {
  decision: ApprovalDecision;
  addendum?: string;
  /** Rule ids of warnings seen in the confirmation; approval is held by errors only. */
  acknowledgedWarnings?: readonly string[];
  language?: CheckLanguage;
}

/**
 * The standing item "Föregående minnesanteckningar" of meeting B decides on the minutes of A:
 * B's decision clause is written, A gets its approval, a final snapshot, a seal chained to the
 * body's previous seal, and the phase `locked`, after which nobody can write A again.
 * One synchronous run from check to commit: of two secretaries approving at once, the first wins
 * and the second finds A locked.
 */
export async function approvePreviousMinutes(
  deps: AppDeps,
  approving: MeetingAccess,
  input: ApprovalInput,
  userId: string,
) {
  const acknowledged = validAcknowledgements(input.acknowledgedWarnings);
  if (approving.bodyRole !== 'secretary') throw appError('not_secretary');
  if (approving.meeting.phase !== 'preparation' && approving.meeting.phase !== 'live') {
    throw appError('approving_meeting_not_open');
  }
  const addendum =
    input.decision === 'approve_with_addendum' ? cleanAddendum(input.addendum) : null;
  const item = await deps.collab.readDoc(approving.meeting.id, (room) =>
    readAgendaRecords(room.doc).find(
      (r) => r.standing === 'previous_minutes' && r.approvesMeetingId,
    ),
  );
  if (!item?.approvesMeetingId) throw appError('no_previous_minutes');
  const target = await deps.db
    .select()
    .from(meetings)
    .where(eq(meetings.id, item.approvesMeetingId))
    .then(firstRow);
  if (!target || target.bodyId !== approving.meeting.bodyId) throw appError('no_previous_minutes');
  if (target.phase === 'locked') throw appError('minutes_locked');
  if (target.phase !== 'circulated') throw appError('minutes_not_circulated');
  // The lock makes the minutes final: they are checked as they stand, with this meeting's date.
  const findings = await deps.collab.readDoc(target.id, (room) =>
    checkMeetingDoc(deps.db, room.doc, target, approving.body, {
      language: input.language ?? 'sv',
      approvingMeetingDate: approving.meeting.date,
    }),
  );
  requireCheckPassed(findings, acknowledged, { warningsNeedAcknowledgement: false });

  await deps.collab.writeDoc(approving.meeting.id, (room) => {
    room.doc.transact(
      () =>
        writeDecisionClauses(itemFragment(room.doc, item.id, 'decision'), [
          approvalClause(input.decision, addendum),
        ]),
      SERVER_ORIGIN,
    );
  });
  const sha256 = await lockApprovedMinutes(
    deps,
    target,
    { meetingId: approving.meeting.id, meetingDate: approving.meeting.date, addendum },
    userId,
  );
  return { lockedMeetingId: target.id, sha256 };
}

function cleanAddendum(addendum: string | undefined): string {
  const text = (addendum ?? '').trim().replace(/^att\s+/i, '');
  if (text.length === 0) throw appError('addendum_required');
  return text;
}

function approvalClause(decision: ApprovalDecision, addendum: string | null): DecisionClause {
  if (decision === 'lay_to_records')
    return { type: 'note', text: 'lägga minnesanteckningarna till handlingarna' };
  if (addendum)
    return { type: 'approve', text: `godkänna minnesanteckningarna med tillägget att ${addendum}` };
  return { type: 'approve', text: 'godkänna minnesanteckningarna' };
}
