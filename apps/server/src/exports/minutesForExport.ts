import fs from 'node:fs';
import type { MinutesModel } from '@anteckna/doc-schema';
import type { AppDeps } from '../appDeps.ts';
import { attachmentPath } from '../attachments/attachmentStore.ts';
import { currentMinutes } from './currentMinutes.ts';

export interface ExportSource {
  model: MinutesModel;
  /** Attachments whose file is not on disk: the export says so instead of failing. */
  missingAttachmentIds: string[];
  /** For locked minutes: the seal's time, so renders are reproducible byte for byte. */
  lockedAt: Date | null;
}

/** What an export renders: the current minutes (`currentMinutes`) and which files are missing. */
export function minutesForExport(deps: AppDeps, meetingId: string): ExportSource {
  const { model, seal } = currentMinutes(deps, meetingId);
  const missingAttachmentIds = model.items
    .flatMap((item) => item.attachments)
    .filter((a) => !fs.existsSync(attachmentPath(deps.config.dataDir, a.sha256)))
    .map((a) => a.id);
  return { model, missingAttachmentIds, lockedAt: seal ? new Date(seal.lockedAt) : null };
}
