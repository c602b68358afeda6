import { createHash } from 'node:crypto';
import { asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/openDatabase.ts';
import { sealedFiles, seals, snapshots } from '../db/schema.ts';
import { snapshotDoc } from '../snapshots/snapshotStore.ts';
import { computeSealHash } from './sealHash.ts';

export type SealRow = typeof seals.$inferSelect;

export function findSeal(db: Db, meetingId: string): SealRow | undefined {
  return db.select().from(seals).where(eq(seals.meetingId, meetingId)).get();
}

/** The body's newest seal: the link the next one chains to. */
export function latestSeal(db: Db, bodyId: string): SealRow | undefined {
  return db
    .select()
    .from(seals)
    .where(eq(seals.bodyId, bodyId))
    .orderBy(desc(seals.lockedAt))
    .get();
}

export interface SealVerification {
  /** The stored snapshot still hashes to the stored seal. */
  matches: boolean;
  /** Every earlier seal of the body matches too, and each links to the one before it. */
  chainHolds: boolean;
  problems: string[];
}

/** Recomputes from what is stored, never trusting a stored verdict. */
export function verifySeal(db: Db, meetingId: string): SealVerification | null {
  const seal = findSeal(db, meetingId);
  if (!seal) return null;
  const chain = db
    .select()
    .from(seals)
    .where(eq(seals.bodyId, seal.bodyId))
    .orderBy(asc(seals.lockedAt))
    .all();
  const problems: string[] = [];
  let chainHolds = true;
  let previous: string | null = null;
  let matches = false;
  for (const link of chain) {
    const ok = recomputes(db, link);
    if (link.meetingId === seal.meetingId) matches = ok;
    if (!ok) problems.push(`seal of meeting ${link.meetingId} does not match its snapshot`);
    if (link.previousSha256 !== previous)
      problems.push(`seal of meeting ${link.meetingId} does not link to the one before it`);
    if (!ok || link.previousSha256 !== previous) chainHolds = false;
    previous = link.sha256;
    if (link.meetingId === seal.meetingId) break;
  }
  return { matches, chainHolds, problems };
}

function recomputes(db: Db, seal: SealRow): boolean {
  const snapshot = db.select().from(snapshots).where(eq(snapshots.id, seal.snapshotId)).get();
  if (!snapshot) return false;
  const doc = snapshotDoc(snapshot);
  try {
    const sha = computeSealHash(
      {
        meetingId: seal.meetingId,
        bodyId: seal.bodyId,
        lockedAt: seal.lockedAt,
        approvedAt: seal.approvedAt,
        approvedByMeetingId: seal.approvedByMeetingId,
        addendum: seal.addendum,
        previousSha256: seal.previousSha256,
      },
      doc,
    );
    return sha === seal.sha256;
  } finally {
    doc.destroy();
  }
}

export function storeSealedFile(
  db: Db,
  meetingId: string,
  format: string,
  bytes: Uint8Array,
): void {
  db.insert(sealedFiles)
    .values({
      meetingId,
      format,
      bytes: Buffer.from(bytes),
      sha256: createHash('sha256').update(bytes).digest('hex'),
    })
    .onConflictDoNothing()
    .run();
}

export function findSealedFile(db: Db, meetingId: string, format: string) {
  return db
    .select()
    .from(sealedFiles)
    .where(eq(sealedFiles.meetingId, meetingId))
    .all()
    .find((file) => file.format === format);
}
