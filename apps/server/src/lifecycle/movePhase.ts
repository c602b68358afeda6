import { mayMovePhase, type Phase } from '@anteckna/domain';
import { and, eq } from 'drizzle-orm';
import type { AppDeps } from '../appDeps.ts';
import { meetings } from '../db/schema.ts';
import { appError } from '../errors/appError.ts';
import type { MeetingAccess } from '../meetings/meetingAccess.ts';
import { takeSnapshot } from '../snapshots/snapshotStore.ts';

const PHASE_LABELS: Record<Phase, string> = {
  planned: 'Planerat',
  preparation: 'Förberedelse',
  live: 'Mötet startat',
  circulated: 'Utskickat till ledamöterna',
  locked: 'Godkänt och låst',
};

/**
 * Moves a meeting to another phase by the secretary's hand, with a snapshot of the document as it
 * was at that moment. Synchronous from check to commit, so two racing moves cannot both pass.
 * The write policy of connected people follows at once (the room's phase changes in the same turn).
 */
export function movePhase(deps: AppDeps, access: MeetingAccess, to: Phase, userId: string) {
  if (access.bodyRole !== 'secretary') throw appError('not_secretary');
  const from = access.meeting.phase;
  if (from === 'locked') throw appError('minutes_locked');
  if (!mayMovePhase(from, to))
    throw appError('illegal_phase_transition', { details: { from, to } });
  deps.collab.setPhase(access.meeting.id, to);
  deps.collab.flushNow();
  deps.db.transaction(() => {
    const moved = deps.db
      .update(meetings)
      .set({ phase: to })
      .where(and(eq(meetings.id, access.meeting.id), eq(meetings.phase, from)))
      .run();
    if (moved.changes !== 1) throw appError('illegal_phase_transition', { details: { from, to } });
    deps.collab.readDoc(access.meeting.id, (room) =>
      takeSnapshot(deps.db, room.doc, {
        meetingId: access.meeting.id,
        label: PHASE_LABELS[to],
        phase: to,
        circulated: to === 'circulated',
        createdBy: userId,
      }),
    );
  });
  return { ...access.meeting, phase: to };
}
