import { firstRow } from '../db/firstRow.ts';
import { withTransaction } from '../db/transaction.ts';
import { createHash, randomUUID } from 'node:crypto';
import { and, eq } from 'drizzle-orm';
import * as Y from 'yjs';
import { readAgendaRecords, readMinutes, updateAgendaItem } from '@anteckna/doc-schema';
import type { ImportedSource, MinutesModel } from '@anteckna/doc-schema';
import { buildImportedDoc, checkImportedMinutes, parseMinutesText } from '@anteckna/minutes-import';
import type { ImportFinding, LineMark, ParsedMinutes } from '@anteckna/minutes-import';
import type { AppDeps } from '../appDeps.ts';
import { storeFileBytes } from '../attachments/attachmentStore.ts';
import { roleIn } from '../bodies/bodyDirectory.ts';
import { SERVER_ORIGIN } from '../collab/room.ts';
import { bodies, importSources, meetings } from '../db/schema.ts';
import { appError } from '../errors/appError.ts';
import { lockApprovedMinutes } from '../lifecycle/lockApprovedMinutes.ts';
import { takeSnapshot } from '../snapshots/snapshotStore.ts';
import { extractSourceText } from './sourceFile.ts';

/** Who approved legacy minutes is not in Anteckna: the seal names the import instead (docs/seal.md). */
export const LEGACY_APPROVAL = 'import';

export interface ImportInput {
  fileName: string;
  bytes: Uint8Array;
  dryRun: boolean;
  /** Approved legacy minutes are locked and sealed; `false` brings them in as circulated. */
  approved: boolean;
}

export type ImportOutcome =
  | { dryRun: true; minutes: MinutesModel; findings: ImportFinding[]; lines: LineMark[] }
  | { dryRun: false; meetingId: string; phase: 'circulated' | 'locked'; findings: ImportFinding[] };

/**
 * Legacy minutes of a body, brought in by its secretary: the file's text is read, parsed and
 * checked; a dry run returns what would be created and stores nothing. A real import creates the
 * meeting (circulated, or locked and sealed when approved), keeps the source file by its SHA-256
 * and records where the minutes came from. Everything is checked before anything is written.
 */
export async function importMinutes(
  deps: AppDeps,
  userId: string,
  bodyId: string,
  input: ImportInput,
): Promise<ImportOutcome> {
  const role = await roleIn(deps, bodyId, userId);
  if (!role) throw appError('body_not_found');
  if (role !== 'secretary') throw appError('not_secretary');
  const body = await deps.db.select().from(bodies).where(eq(bodies.id, bodyId)).then(firstRow);
  if (!body) throw appError('body_not_found');

  const source = await extractSourceText(input.fileName, input.bytes);
  const parsed = parseMinutesText(source.text, {
    bodyName: body.name,
    bodyShortName: body.shortName,
    organisations: body.memberOrganisations,
    organisationLines: [body.organisation, ...body.organisationLines],
  });
  if (!parsed.ok) throw appError('import_not_minutes', { details: { missing: parsed.missing } });
  const findings = [...parsed.findings];
  const importedFrom: ImportedSource = {
    fileName: safeFileName(input.fileName),
    sha256: createHash('sha256').update(input.bytes).digest('hex'),
    format: source.format,
    importedAt: deps.now().toISOString(),
  };

  if (input.dryRun) {
    const doc = buildImportedDoc(
      parsed.minutes,
      { phase: input.approved ? 'locked' : 'circulated', importedFrom },
      findings,
    );
    const outcome = {
      dryRun: true as const,
      minutes: readMinutes(doc),
      findings: checkImportedMinutes(doc, findings),
      lines: parsed.lines,
    };
    doc.destroy();
    return outcome;
  }
  return storeImport(deps, userId, body.id, parsed.minutes, findings, {
    importedFrom,
    bytes: input.bytes,
    approved: input.approved,
    encoding: source.encoding,
  });
}

async function storeImport(
  deps: AppDeps,
  userId: string,
  bodyId: string,
  minutes: ParsedMinutes,
  importFindings: ImportFinding[],
  source: {
    importedFrom: ImportedSource;
    bytes: Uint8Array;
    approved: boolean;
    encoding: string | null;
  },
): Promise<ImportOutcome> {
  const header = minutes.header;
  const meeting = {
    id: randomUUID(),
    bodyId,
    title: header.title,
    date: header.date,
    startTime: header.startTime || '00.00',
    endTime: header.endTime || '00.00',
    place: header.place ?? '',
    mode: header.mode ?? 'room',
    registryNumber: header.registryNumber ?? '',
    phase: 'circulated' as const,
  };
  const approvedMinutes = await previousMeetingOn(
    deps,
    bodyId,
    minutes.previousMinutes?.meetingDate ?? null,
  );
  // Written into a document of its own first: whatever a writer refuses is known before the
  // meeting row, the file or any update exists, so a failure leaves nothing half made.
  const scratch = buildImportedDoc(
    minutes,
    { phase: 'circulated', importedFrom: source.importedFrom },
    importFindings,
  );
  const previousItem = readAgendaRecords(scratch).find((r) => r.standing === 'previous_minutes');
  if (previousItem && approvedMinutes)
    updateAgendaItem(scratch, previousItem.id, { approvesMeetingId: approvedMinutes });
  const state = Y.encodeStateAsUpdate(scratch);
  scratch.destroy();
  storeFileBytes(deps.config.dataDir, source.bytes);
  await deps.db.insert(meetings).values(meeting);
  let findings: ImportFinding[] = importFindings;
  await deps.collab.writeDoc(meeting.id, async (room) => {
    Y.applyUpdate(room.doc, state, SERVER_ORIGIN);
    findings = checkImportedMinutes(room.doc, importFindings);
    await deps.collab.flushNow();
    await withTransaction(deps.db, async (tx) => {
      await tx.insert(importSources).values({
        meetingId: meeting.id,
        bodyId,
        fileName: source.importedFrom.fileName,
        format: source.importedFrom.format,
        encoding: source.encoding,
        sha256: source.importedFrom.sha256,
        size: source.bytes.byteLength,
        approved: source.approved,
        findingCount: findings.length,
        importedBy: userId,
      });
      await takeSnapshot(tx, room.doc, {
        meetingId: meeting.id,
        label: 'Importerade',
        phase: 'circulated',
        circulated: true,
        createdBy: userId,
      });
    });
  });
  // The approval chain: these minutes' "Föregående minnesanteckningar" approved the minutes
  // before them; when those are in Anteckna and still circulated, they are locked now, approved
  // by these, before these are locked themselves (seals chain in the order of locking).
  const decided = minutes.previousMinutes?.decision ?? null;
  if (
    approvedMinutes &&
    decided !== null &&
    (await phaseOf(deps, approvedMinutes)) === 'circulated'
  ) {
    await lockApprovedMinutes(
      deps,
      { id: approvedMinutes, bodyId },
      {
        meetingId: meeting.id,
        meetingDate: header.date,
        addendum: minutes.previousMinutes?.addendum ?? null,
      },
      userId,
    );
  }
  if (source.approved) {
    await lockApprovedMinutes(
      deps,
      { id: meeting.id, bodyId },
      { meetingId: LEGACY_APPROVAL, meetingDate: header.date, addendum: null },
      userId,
    );
  }
  return {
    dryRun: false,
    meetingId: meeting.id,
    phase: source.approved ? 'locked' : 'circulated',
    findings,
  };
}

/** The body's meeting on the date the "Föregående minnesanteckningar" item names, if in Anteckna. */
async function previousMeetingOn(
  deps: AppDeps,
  bodyId: string,
  date: string | null,
): Promise<string | null> {
  if (date === null) return null;
  const row = await deps.db
    .select({ id: meetings.id })
    .from(meetings)
    .where(and(eq(meetings.bodyId, bodyId), eq(meetings.date, date)))
    .then(firstRow);
  return row?.id ?? null;
}

async function phaseOf(deps: AppDeps, meetingId: string): Promise<string | undefined> {
  return await deps.db
    .select({ phase: meetings.phase })
    .from(meetings)
    .where(eq(meetings.id, meetingId))
    .then((rows) => rows[0]?.phase);
}

function safeFileName(name: string): string {
  return (name.split(/[\\/]/u).pop() ?? 'minnesanteckningar').slice(0, 200) || 'minnesanteckningar';
}
