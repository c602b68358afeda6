import fs from 'node:fs';
import type { MinutesModel } from '@anteckna/doc-schema';
import { eq, max } from 'drizzle-orm';
import type { AppDeps } from '../appDeps.ts';
import { attachmentPath } from '../attachments/attachmentStore.ts';
import { docStates, docUpdates } from '../db/schema.ts';
import { currentMinutes } from './currentMinutes.ts';

export interface ExportSource {
  model: MinutesModel;
  /** Attachments whose file is not on disk: the export says so instead of failing. */
  missingAttachmentIds: string[];
  /** For locked minutes: the seal's time, so renders are reproducible byte for byte. */
  lockedAt: Date | null;
  /** When the rendered version last changed: the date a draft is marked with. */
  versionTime: string;
}

/** What an export renders: the current minutes (`currentMinutes`) and which files are missing. */
export async function minutesForExport(deps: AppDeps, meetingId: string): Promise<ExportSource> {
  const { model, seal } = await currentMinutes(deps, meetingId);
  const missingAttachmentIds = model.items
    .flatMap((item) => item.attachments)
    .filter((a) => !fs.existsSync(attachmentPath(deps.config.dataDir, a.sha256)))
    .map((a) => a.id);
  return {
    model,
    missingAttachmentIds,
    lockedAt: seal ? new Date(seal.lockedAt) : null,
    versionTime: seal?.lockedAt ?? (await lastChangeAt(deps, meetingId)),
  };
}

/** The time of the newest stored change of the document (the log, or its compacted state). */
async function lastChangeAt(deps: AppDeps, meetingId: string): Promise<string> {
  const logged = await deps.db
    .select({ at: max(docUpdates.createdAt) })
    .from(docUpdates)
    .where(eq(docUpdates.meetingId, meetingId))
    .then((rows) => rows[0]?.at);
  const compacted = await deps.db
    .select({ at: docStates.updatedAt })
    .from(docStates)
    .where(eq(docStates.meetingId, meetingId))
    .then((rows) => rows[0]?.at);
  const times = [logged, compacted].filter((at): at is string => typeof at === 'string');
  return times.sort().at(-1) ?? deps.now().toISOString();
}
