import {
  isDocSchemaError,
  updateClauseAttributes,
  type ClauseAttributesPatch,
  type DocSchemaError,
  type RecordedClause,
} from '@anteckna/doc-schema';
import { eq } from 'drizzle-orm';
import type { AppDeps } from '../appDeps.ts';
import { firstRow } from '../db/firstRow.ts';
import { meetings } from '../db/schema.ts';
import { appError, type AppError } from '../errors/appError.ts';

/** A clause of the minutes as a register row describes it: the meeting, the item, the clause. */
export interface RegisterClause {
  meetingId: string;
  itemId: string;
  clause: RecordedClause;
}

/**
 * Changes a clause of the body's minutes from a register (a task's date, an election's term):
 * part of the minutes, so only while they are not locked. The register is rebuilt a moment after
 * each edit, so the clause is found in the document when the change is written, by the type and
 * words the row recorded (SPEC rule [W6]); a clause removed or rewritten since is refused with
 * `unknown_clause` and nothing is written. Written through the meeting's room, so everyone in it
 * sees the change, then the register is rebuilt at once. Any other refusal of the writer is
 * answered with the register's own error (`refused`).
 */
export async function writeClauseInPlace(
  deps: AppDeps,
  { meetingId, itemId, clause }: RegisterClause,
  patch: ClauseAttributesPatch,
  refused: (error: DocSchemaError) => AppError,
): Promise<void> {
  const meeting = await deps.db
    .select({ phase: meetings.phase })
    .from(meetings)
    .where(eq(meetings.id, meetingId))
    .then(firstRow);
  if (meeting?.phase === 'locked') throw appError('minutes_locked');
  await refusingGoneClause(
    deps.collab.writeDoc(meetingId, (room) =>
      room.doc.transact(() => updateClauseAttributes(room.doc, itemId, clause, patch)),
    ),
    refused,
  );
  await deps.collab.flushNow();
  await deps.search.reindex(meetingId);
}

/**
 * What a writer's refusal answers: 409 `unknown_clause` when the row's clause is no longer in the
 * minutes (the register reloaded shows where it went), else the register's own error.
 */
export async function refusingGoneClause<T>(
  written: Promise<T>,
  refused: (error: DocSchemaError) => AppError,
): Promise<T> {
  try {
    return await written;
  } catch (error) {
    if (!isDocSchemaError(error)) throw error;
    if (error.id === 'unknown_clause') throw appError('unknown_clause');
    throw refused(error);
  }
}
