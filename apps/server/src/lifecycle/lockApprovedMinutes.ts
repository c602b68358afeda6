import { setMeetingPhase, writeApproval } from '@anteckna/doc-schema';
import { oneMoveAtATime } from './oneMoveAtATime.ts';
import { withTransaction } from '../db/transaction.ts';
import { and, eq } from 'drizzle-orm';
import type { AppDeps } from '../appDeps.ts';
import { SERVER_ORIGIN } from '../collab/room.ts';
import { meetings, seals } from '../db/schema.ts';
import { appError } from '../errors/appError.ts';
import { computeSealHash } from '../seal/sealHash.ts';
import { latestSeal } from '../seal/sealStore.ts';
import { takeSnapshot } from '../snapshots/snapshotStore.ts';

export interface ApprovedBy {
  meetingId: string;
  meetingDate: string;
  addendum: string | null;
}

/**
 * Circulated minutes become a record: the approval and the phase `locked` into the document,
 * the final snapshot, and the seal chained to the body's previous seal (docs/seal.md), in one
 * transaction. The phase moves only from `circulated`, so of two approvals at once the
 * first wins and the second gets `minutes_locked`. Used by the next meeting's approval and by
 * the import of approved legacy minutes. Returns the seal's SHA-256.
 */
export function lockApprovedMinutes(
  deps: AppDeps,
  target: { id: string; bodyId: string },
  approvedBy: ApprovedBy,
  userId: string,
): Promise<string> {
  return oneMoveAtATime(target.id, () => lock(deps, target, approvedBy, userId));
}

async function lock(
  deps: AppDeps,
  target: { id: string; bodyId: string },
  approvedBy: ApprovedBy,
  userId: string,
): Promise<string> {
  const [current] = await deps.db
    .select({ phase: meetings.phase })
    .from(meetings)
    .where(eq(meetings.id, target.id));
  if (current?.phase === 'locked') throw appError('minutes_locked');
  const now = deps.now().toISOString();
  const facts = {
    meetingId: target.id,
    bodyId: target.bodyId,
    lockedAt: now,
    approvedAt: now,
    approvedByMeetingId: approvedBy.meetingId,
    addendum: approvedBy.addendum,
    previousSha256: (await latestSeal(deps.db, target.bodyId))?.sha256 ?? null,
  };
  let sha256 = '';
  await deps.collab.writeDoc(target.id, async (room) => {
    room.phase = 'locked';
    room.doc.transact(() => {
      writeApproval(room.doc, {
        approvedAt: now,
        approvedByMeetingId: approvedBy.meetingId,
        approvedByMeetingDate: approvedBy.meetingDate,
        addendum: approvedBy.addendum,
        sha256: null,
      });
      setMeetingPhase(room.doc, 'locked');
    }, SERVER_ORIGIN);
    await deps.collab.flushNow();
    await withTransaction(deps.db, async (tx) => {
      const moved = await tx
        .update(meetings)
        .set({ phase: 'locked' })
        .where(and(eq(meetings.id, target.id), eq(meetings.phase, 'circulated')))
        .returning({ id: meetings.id });
      if (moved.length !== 1) throw appError('minutes_locked');
      const snapshot = await takeSnapshot(tx, room.doc, {
        meetingId: target.id,
        label: 'Godkända och låsta',
        phase: 'locked',
        createdBy: userId,
      });
      sha256 = computeSealHash(facts, room.doc);
      await tx.insert(seals).values({ ...facts, snapshotId: snapshot.id, sha256 });
    });
  });
  return sha256;
}
