import { randomUUID } from 'node:crypto';
import { oneMoveAtATime } from './oneMoveAtATime.ts';
import { withTransaction } from '../db/transaction.ts';
import { mayMovePhase, type Phase } from '@anteckna/domain';
import type { CheckLanguage, Finding } from '@anteckna/doc-schema';
import { and, eq } from 'drizzle-orm';
import type { AppDeps } from '../appDeps.ts';
import { checkAcknowledgements, meetings } from '../db/schema.ts';
import { checkMeetingDoc } from '../check/meetingCheck.ts';
import { requireCheckPassed, validAcknowledgements } from '../check/checkGuard.ts';
import { appError } from '../errors/appError.ts';
import type { MeetingAccess } from '../meetings/meetingAccess.ts';
import { prepareAgenda } from '../meetings/prepareAgenda.ts';
import { refreshUpcomingMeetings } from '../meetings/upcomingMeetings.ts';
import { takeSnapshot } from '../snapshots/snapshotStore.ts';

const PHASE_LABELS: Record<Phase, string> = {
  planned: 'Planerat',
  preparation: 'Förberedelse',
  live: 'Mötet startat',
  circulated: 'Utskickat till ledamöterna',
  locked: 'Godkänt och låst',
};

export interface PhaseMove {
  to: Phase;
  /** Rule ids of the check's warnings the secretary sends the minutes out despite. */
  acknowledgedWarnings?: readonly string[];
  language?: CheckLanguage;
}

/**
 * Moves a meeting to another phase by the secretary's hand, with a snapshot of the document as it
 * was at that moment. One move of a meeting at a time from check to commit (`oneMoveAtATime`), and
 * the row moves only from the phase the move started from, so two racing moves cannot both pass.
 * The write policy of connected people follows at once (the room's phase changes in the same turn).
 * Circulation is held by the mistake check: refused while an error stands or a warning is not
 * acknowledged; acknowledged warnings are recorded with the snapshot that was sent.
 */
export function movePhase(deps: AppDeps, access: MeetingAccess, move: PhaseMove, userId: string) {
  return oneMoveAtATime(access.meeting.id, async () => {
    // The phase as it is now: a move that waited its turn starts from where the previous left it.
    const [current] = await deps.db
      .select({ phase: meetings.phase })
      .from(meetings)
      .where(eq(meetings.id, access.meeting.id));
    const meeting = { ...access.meeting, phase: current?.phase ?? access.meeting.phase };
    return moveFrom(deps, { ...access, meeting }, move, userId);
  });
}

async function moveFrom(deps: AppDeps, access: MeetingAccess, move: PhaseMove, userId: string) {
  const { to } = move;
  const acknowledged = validAcknowledgements(move.acknowledgedWarnings);
  if (access.bodyRole !== 'secretary') throw appError('not_secretary');
  const from = access.meeting.phase;
  if (from === 'locked') throw appError('minutes_locked');
  if (!mayMovePhase(from, to))
    throw appError('illegal_phase_transition', { details: { from, to } });
  let sentDespite: Finding[] = [];
  if (to === 'circulated') {
    const findings = await deps.collab.readDoc(access.meeting.id, (room) =>
      checkMeetingDoc(deps.db, room.doc, access.meeting, access.body, {
        language: move.language ?? 'sv',
        asPhase: to,
      }),
    );
    sentDespite = requireCheckPassed(findings, acknowledged, { warningsNeedAcknowledgement: true });
  }
  await deps.collab.setPhase(access.meeting.id, to);
  await deps.collab.flushNow();
  await withTransaction(deps.db, async (tx) => {
    const moved = await tx
      .update(meetings)
      .set({ phase: to })
      .where(and(eq(meetings.id, access.meeting.id), eq(meetings.phase, from)))
      .returning({ id: meetings.id });
    if (moved.length !== 1) throw appError('illegal_phase_transition', { details: { from, to } });
    const snapshot = await deps.collab.readDoc(access.meeting.id, (room) =>
      takeSnapshot(tx, room.doc, {
        meetingId: access.meeting.id,
        label: PHASE_LABELS[to],
        phase: to,
        circulated: to === 'circulated',
        createdBy: userId,
      }),
    );
    if (sentDespite.length > 0) {
      await tx.insert(checkAcknowledgements).values({
        id: randomUUID(),
        meetingId: access.meeting.id,
        snapshotId: snapshot.id,
        userId,
        rules: [...new Set(sentDespite.map((finding) => finding.rule))],
        findings: sentDespite,
      });
    }
  });
  // A planned meeting of the year's calendar takes what is decided by now as it is prepared.
  if (from === 'planned' && to === 'preparation') {
    await prepareAgenda(deps, access.meeting, access.body);
    await refreshUpcomingMeetings(deps, access.body.id, access.meeting);
    await deps.collab.flushNow();
  }
  await deps.search.reindex(access.meeting.id);
  return { ...access.meeting, phase: to };
}
