import { readMinutes, type MinutesModel } from '@anteckna/doc-schema';
import { eq } from 'drizzle-orm';
import type { CollabService } from '../collab/collabService.ts';
import type { Db } from '../db/openDatabase.ts';
import { snapshots } from '../db/schema.ts';
import { snapshotDoc } from '../snapshots/snapshotStore.ts';
import { findSeal, type SealRow } from '../seal/sealStore.ts';

export interface CurrentMinutes {
  model: MinutesModel;
  seal: SealRow | undefined;
}

/**
 * The minutes as they stand: for locked minutes the sealed snapshot (never the live document)
 * with the seal's hash filled in; otherwise the live document as it is now.
 */
export async function currentMinutes(
  deps: { db: Db; collab: CollabService },
  meetingId: string,
): Promise<CurrentMinutes> {
  const seal = await findSeal(deps.db, meetingId);
  if (!seal) {
    return { model: await deps.collab.readDoc(meetingId, (room) => readMinutes(room.doc)), seal };
  }
  const row = await deps.db
    .select()
    .from(snapshots)
    .where(eq(snapshots.id, seal.snapshotId))
    .then((rows) => rows[0]!);
  const doc = snapshotDoc(row);
  let model = readMinutes(doc);
  doc.destroy();
  if (model.approval) model = { ...model, approval: { ...model.approval, sha256: seal.sha256 } };
  return { model, seal };
}
