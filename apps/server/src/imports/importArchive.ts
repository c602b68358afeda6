import fs from 'node:fs';
import path from 'node:path';
import { and, eq, or } from 'drizzle-orm';
import { readMinutes } from '@anteckna/doc-schema';
import type { AppDeps } from '../appDeps.ts';
import { bodies, memberships, users } from '../db/schema.ts';
import { AppError } from '../errors/appError.ts';
import { ERRORS } from '../errors/errorCatalog.ts';
import { importMinutes } from './importMinutes.ts';

export interface ArchiveRow {
  file: string;
  /** `imported`, `dry run`, or the error id. */
  result: string;
  meetingId: string;
  date: string;
  phase: string;
  items: number;
  errors: number;
  warnings: number;
  ms: number;
}

export interface ArchiveOptions {
  /** The body's id or its short name ("LCHNV"). */
  body: string;
  /** The secretary the imports are recorded as; the body's first secretary when absent. */
  asEmail?: string;
  approved: boolean;
  dryRun: boolean;
  onProgress?: (done: number, row: ArchiveRow) => void;
}

/**
 * A body's archive of legacy minutes, one file after another through the same import as the
 * API, each file's failure its own row: one bad file stops nothing.
 */
export async function importArchive(
  deps: AppDeps,
  files: readonly string[],
  options: ArchiveOptions,
): Promise<ArchiveRow[]> {
  const found = await deps.db
    .select({ id: bodies.id })
    .from(bodies)
    .where(or(eq(bodies.id, options.body), eq(bodies.shortName, options.body)));
  if (found.length !== 1) throw new Error(`No body (or more than one) is named ${options.body}`);
  const bodyId = found[0]!.id;
  const secretary = await deps.db
    .select({ id: users.id, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.bodyId, bodyId), eq(memberships.role, 'secretary')))
    .then((rows) =>
      rows.find((row) => options.asEmail === undefined || row.email === options.asEmail),
    );
  if (!secretary) throw new Error(`No secretary ${options.asEmail ?? ''} of body ${options.body}`);
  const rows: ArchiveRow[] = [];
  for (const file of files) {
    const started = performance.now();
    const row: ArchiveRow = {
      file: path.basename(file),
      result: '',
      meetingId: '',
      date: '',
      phase: '',
      items: 0,
      errors: 0,
      warnings: 0,
      ms: 0,
    };
    try {
      const outcome = await importMinutes(deps, secretary.id, bodyId, {
        fileName: path.basename(file),
        bytes: new Uint8Array(fs.readFileSync(file)),
        dryRun: options.dryRun,
        approved: options.approved,
      });
      row.errors = outcome.findings.filter((f) => f.severity === 'error').length;
      row.warnings = outcome.findings.filter((f) => f.severity === 'warning').length;
      if (outcome.dryRun) {
        row.result = 'dry run';
        row.date = outcome.minutes.meeting.date;
        row.items = outcome.minutes.items.length;
      } else {
        row.result = 'imported';
        row.meetingId = outcome.meetingId;
        row.phase = outcome.phase;
        const minutes = await deps.collab.readDoc(outcome.meetingId, (room) =>
          readMinutes(room.doc),
        );
        row.items = minutes.items.length;
        row.date = minutes.meeting.date;
      }
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      row.result = `${error.id}: ${ERRORS[error.id].en}`;
    }
    row.ms = Math.round(performance.now() - started);
    rows.push(row);
    options.onProgress?.(rows.length, row);
  }
  await deps.collab.flush();
  return rows;
}
