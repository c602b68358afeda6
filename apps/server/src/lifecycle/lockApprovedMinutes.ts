import { setMeetingPhase, writeApproval } from '@anteckna/doc-schema';
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
 * synchronous run. The phase moves only from `circulated`, so of two approvals at once the
 * first wins and the second gets `minutes_locked`. Used by the next meeting's approval and by
 * the import of approved legacy minutes. Returns the seal's SHA-256.
 */
export function lockApprovedMinutes(
  deps: AppDeps,
  target: { id: string; bodyId: string },
  approvedBy: ApprovedBy,
  userId: string,
): string {
  const now = deps.now().toISOString();
  const facts = {
    meetingId: target.id,
    bodyId: target.bodyId,
    lockedAt: now,
    approvedAt: now,
    approvedByMeetingId: approvedBy.meetingId,
    addendum: approvedBy.addendum,
    previousSha256: latestSeal(deps.db, target.bodyId)?.sha256 ?? null,
  };
  let sha256 = '';
  deps.collab.writeDoc(target.id, (room) => {
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
    deps.collab.flushNow();
    deps.db.transaction(() => {
      const moved = deps.db
        .update(meetings)
        .set({ phase: 'locked' })
        .where(and(eq(meetings.id, target.id), eq(meetings.phase, 'circulated')))
        .run();
      if (moved.changes !== 1) throw appError('minutes_locked');
      const snapshot = takeSnapshot(deps.db, room.doc, {
        meetingId: target.id,
        label: 'Godkända och låsta',
        phase: 'locked',
        createdBy: userId,
      });
      sha256 = computeSealHash(facts, room.doc);
      deps.db
        .insert(seals)
        .values({ ...facts, snapshotId: snapshot.id, sha256 })
        .run();
    });
  });
  return sha256;
}
