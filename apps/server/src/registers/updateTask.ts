import { setClauseDue } from '@anteckna/doc-schema';
import { and, eq } from 'drizzle-orm';
import type { AppDeps } from '../appDeps.ts';
import { taskFollowUps } from '../db/schema.ts';
import { appError } from '../errors/appError.ts';
import type { TaskEntry } from './taskRegister.ts';
import { writeClauseInPlace } from './writeClauseInPlace.ts';

export interface TaskUpdate {
  done?: boolean;
  /** A new follow-up date, or null to remove it. */
  due?: string | null;
}

/**
 * The secretary follows a task up: marks it done or open again (kept beside the minutes, SPEC
 * rule U3), or moves its date, which is part of the minutes and so only while they are not
 * locked; the date is written into the clause in place ([U1]).
 */
export async function updateTask(
  deps: AppDeps,
  task: TaskEntry,
  update: TaskUpdate,
  userId: string,
) {
  if (update.due !== undefined) {
    const due = update.due;
    await writeClauseInPlace(
      deps,
      task.meetingId,
      (doc) => setClauseDue(doc, task.itemId, task.position, due),
      (error) =>
        appError(error.id === 'due_before_meeting' ? 'due_before_meeting' : 'invalid_due', {
          details: error.params,
        }),
    );
  }
  if (update.done === true) {
    await deps.db
      .insert(taskFollowUps)
      .values({
        meetingId: task.meetingId,
        itemId: task.itemId,
        position: task.position,
        doneAt: deps.now().toISOString(),
        doneBy: userId,
      })
      .onConflictDoNothing();
  } else if (update.done === false) {
    await deps.db
      .delete(taskFollowUps)
      .where(
        and(
          eq(taskFollowUps.meetingId, task.meetingId),
          eq(taskFollowUps.itemId, task.itemId),
          eq(taskFollowUps.position, task.position),
        ),
      );
  }
}
