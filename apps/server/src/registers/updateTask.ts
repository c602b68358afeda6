import { clausePosition, recordedClauseIndex } from '@anteckna/doc-schema';
import { and, asc, eq } from 'drizzle-orm';
import type { AppDeps } from '../appDeps.ts';
import type { Db } from '../db/openDatabase.ts';
import { registerClauses, taskFollowUps } from '../db/schema.ts';
import { appError } from '../errors/appError.ts';
import type { TaskEntry } from './taskRegister.ts';
import {
  refusingGoneClause,
  writeClauseInPlace,
  type RegisterClause,
} from './writeClauseInPlace.ts';

export interface TaskUpdate {
  done?: boolean;
  /** A new follow-up date, or null to remove it. */
  due?: string | null;
}

/**
 * The secretary follows a task up: marks it done or open again (kept beside the minutes, SPEC
 * rule U3), or moves its date, which is part of the minutes and so only while they are not
 * locked; the date is written into the clause in place ([U1]). Either lands on the task clause
 * the row describes, found in the document as it is now ([W6]), or is refused with
 * `unknown_clause` when that clause is gone.
 */
export async function updateTask(
  deps: AppDeps,
  task: TaskEntry,
  update: TaskUpdate,
  userId: string,
) {
  const described: RegisterClause = {
    meetingId: task.meetingId,
    itemId: task.itemId,
    clause: { position: task.position, clause: { type: task.kind, text: task.text } },
  };
  if (update.due !== undefined) {
    await writeClauseInPlace(deps, described, { due: update.due }, (error) =>
      appError(error.id === 'due_before_meeting' ? 'due_before_meeting' : 'invalid_due', {
        details: error.params,
      }),
    );
  }
  if (update.done !== undefined) await markDone(deps, described, update.done, userId);
}

/**
 * A done mark is kept by the clause's place in the register (`task_follow_ups`), and each rebuild
 * of the register moves the marks along with their clauses (`moveDoneMarks`). When the clause is
 * no longer where the row says, the register is behind the document: it is rebuilt first, and the
 * mark set at the place the rebuilt register gives the clause.
 */
async function markDone(deps: AppDeps, task: RegisterClause, done: boolean, userId: string) {
  const live = await refusingGoneClause(
    deps.collab.readDoc(task.meetingId, (room) =>
      clausePosition(room.doc, task.itemId, task.clause),
    ),
    () => appError('task_not_found'),
  );
  let position = task.clause.position;
  if (live !== position) {
    await deps.search.reindex(task.meetingId);
    position = await registerPosition(deps.db, task);
  }
  const key = { meetingId: task.meetingId, itemId: task.itemId, position };
  if (done) {
    await deps.db
      .insert(taskFollowUps)
      .values({ ...key, doneAt: deps.now().toISOString(), doneBy: userId })
      .onConflictDoNothing();
  } else {
    await deps.db
      .delete(taskFollowUps)
      .where(
        and(
          eq(taskFollowUps.meetingId, key.meetingId),
          eq(taskFollowUps.itemId, key.itemId),
          eq(taskFollowUps.position, key.position),
        ),
      );
  }
}

/** Where the register now has the clause; `unknown_clause` when it has it no more. */
async function registerPosition(db: Db, { meetingId, itemId, clause }: RegisterClause) {
  const rows = await db
    .select({
      position: registerClauses.position,
      type: registerClauses.type,
      text: registerClauses.text,
    })
    .from(registerClauses)
    .where(and(eq(registerClauses.meetingId, meetingId), eq(registerClauses.itemId, itemId)))
    .orderBy(asc(registerClauses.position));
  const index = recordedClauseIndex(rows, clause);
  if (index < 0) throw appError('unknown_clause');
  return rows[index]!.position;
}
