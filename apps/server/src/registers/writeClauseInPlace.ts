import { isDocSchemaError, type DocSchemaError } from '@anteckna/doc-schema';
import { eq } from 'drizzle-orm';
import type * as Y from 'yjs';
import type { AppDeps } from '../appDeps.ts';
import { firstRow } from '../db/firstRow.ts';
import { meetings } from '../db/schema.ts';
import { appError, type AppError } from '../errors/appError.ts';

/**
 * Changes a clause of the body's minutes from a register (a task's date, an election's term):
 * part of the minutes, so only while they are not locked. Written through the meeting's room, so
 * everyone in it sees the change, then the register is rebuilt at once. A writer's refusal is
 * answered with the register's own error (`refused`).
 */
export async function writeClauseInPlace(
  deps: AppDeps,
  meetingId: string,
  write: (doc: Y.Doc) => void,
  refused: (error: DocSchemaError) => AppError,
): Promise<void> {
  const meeting = await deps.db
    .select({ phase: meetings.phase })
    .from(meetings)
    .where(eq(meetings.id, meetingId))
    .then(firstRow);
  if (meeting?.phase === 'locked') throw appError('minutes_locked');
  try {
    await deps.collab.writeDoc(meetingId, (room) => room.doc.transact(() => write(room.doc)));
  } catch (error) {
    if (!isDocSchemaError(error)) throw error;
    throw refused(error);
  }
  await deps.collab.flushNow();
  await deps.search.reindex(meetingId);
}
