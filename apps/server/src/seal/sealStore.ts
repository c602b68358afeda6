import { firstRow } from '../db/firstRow.ts';
import { createHash } from 'node:crypto';
import { asc, desc, eq } from 'drizzle-orm';
import type { Db } from '../db/openDatabase.ts';
import { sealedFiles, seals, snapshots } from '../db/schema.ts';
import { snapshotDoc } from '../snapshots/snapshotStore.ts';
import { computeSealHash } from './sealHash.ts';

export type SealRow = typeof seals.$inferSelect;

export async function findSeal(db: Db, meetingId: string): Promise<SealRow | undefined> {
  return await db.select().from(seals).where(eq(seals.meetingId, meetingId)).then(firstRow);
}

/** The body's newest seal: the link the next one chains to. */
export async function latestSeal(db: Db, bodyId: string): Promise<SealRow | undefined> {
  return await db
    .select()
    .from(seals)
    .where(eq(seals.bodyId, bodyId))
    .orderBy(desc(seals.lockedAt))
    .then(firstRow);
}

export interface SealVerification {
  /** The stored snapshot still hashes to the stored seal. */
  matches: boolean;
  /** Every earlier seal of the body matches too, and each links to the one before it. */
  chainHolds: boolean;
  problems: string[];
}

/** Recomputes from what is stored, never trusting a stored verdict. */
export async function verifySeal(db: Db, meetingId: string): Promise<SealVerification | null> {
  const seal = await findSeal(db, meetingId);
  if (!seal) return null;
  const chain = await db
    .select()
    .from(seals)
    .where(eq(seals.bodyId, seal.bodyId))
    .orderBy(asc(seals.lockedAt));
  const problems: string[] = [];
  let chainHolds = true;
  let previous: string | null = null;
  let matches = false;
  for (const link of chain) {
    const ok = await recomputes(db, link);
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

async function recomputes(db: Db, seal: SealRow): Promise<boolean> {
  const snapshot = await db
    .select()
    .from(snapshots)
    .where(eq(snapshots.id, seal.snapshotId))
    .then(firstRow);
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

export async function storeSealedFile(
  db: Db,
  meetingId: string,
  format: string,
  bytes: Uint8Array,
): Promise<void> {
  await db
    .insert(sealedFiles)
    .values({
      meetingId,
      format,
      bytes: Buffer.from(bytes),
      sha256: createHash('sha256').update(bytes).digest('hex'),
    })
    .onConflictDoNothing();
}

export async function findSealedFile(db: Db, meetingId: string, format: string) {
  return await db
    .select()
    .from(sealedFiles)
    .where(eq(sealedFiles.meetingId, meetingId))
    .then((rows) => rows.find((file) => file.format === format));
}
