import fs from 'node:fs';
import { readMinutes, type MinutesModel } from '@anteckna/doc-schema';
import { eq, max } from 'drizzle-orm';
import type { AppDeps } from '../appDeps.ts';
import { attachmentPath } from '../attachments/attachmentStore.ts';
import { docStates, docUpdates, snapshots } from '../db/schema.ts';
import { snapshotDoc } from '../snapshots/snapshotStore.ts';
import { findSeal } from '../seal/sealStore.ts';

export interface ExportSource {
  model: MinutesModel;
  /** Attachments whose file is not on disk: the export says so instead of failing. */
  missingAttachmentIds: string[];
  /** For locked minutes: the seal's time, so renders are reproducible byte for byte. */
  lockedAt: Date | null;
  /** When the rendered version last changed: the date a draft is marked with. */
  versionTime: string;
}

/**
 * What an export renders: for locked minutes the sealed snapshot (never the live document) with
 * the seal's hash filled in; otherwise the live document as it is now.
 */
export function minutesForExport(deps: AppDeps, meetingId: string): ExportSource {
  const seal = findSeal(deps.db, meetingId);
  let model: MinutesModel;
  if (seal) {
    const row = deps.db.select().from(snapshots).where(eq(snapshots.id, seal.snapshotId)).get()!;
    const doc = snapshotDoc(row);
    model = readMinutes(doc);
    doc.destroy();
    if (model.approval) model = { ...model, approval: { ...model.approval, sha256: seal.sha256 } };
  } else {
    model = deps.collab.readDoc(meetingId, (room) => readMinutes(room.doc));
  }
  const missingAttachmentIds = model.items
    .flatMap((item) => item.attachments)
    .filter((a) => !fs.existsSync(attachmentPath(deps.config.dataDir, a.sha256)))
    .map((a) => a.id);
  return {
    model,
    missingAttachmentIds,
    lockedAt: seal ? new Date(seal.lockedAt) : null,
    versionTime: seal?.lockedAt ?? lastChangeAt(deps, meetingId),
  };
}

/** The time of the newest stored change of the document (the log, or its compacted state). */
function lastChangeAt(deps: AppDeps, meetingId: string): string {
  const logged = deps.db
    .select({ at: max(docUpdates.createdAt) })
    .from(docUpdates)
    .where(eq(docUpdates.meetingId, meetingId))
    .get()?.at;
  const compacted = deps.db
    .select({ at: docStates.updatedAt })
    .from(docStates)
    .where(eq(docStates.meetingId, meetingId))
    .get()?.at;
  const times = [logged, compacted].filter((at): at is string => typeof at === 'string');
  return times.sort().at(-1) ?? deps.now().toISOString();
}
