import { recordedClauseIndex } from '@anteckna/doc-schema';
import { and, eq } from 'drizzle-orm';
import type { Db } from '../db/openDatabase.ts';
import { registerClauses, taskFollowUps } from '../db/schema.ts';

/** A clause of a meeting's register: its item, its place in the decision, its type and words. */
export interface RegisterClauseRow {
  itemId: string;
  position: number;
  type: string;
  text: string;
}

/** A task marked done, kept by its clause's place (`task_follow_ups`). */
export interface DoneMark {
  itemId: string;
  position: number;
}

/** A done mark whose clause has moved (`to`), or is no longer in the minutes (`to` null). */
export interface DoneMarkMove {
  itemId: string;
  from: number;
  to: number | null;
}

/**
 * Where the done marks go when a meeting's register is rebuilt (`before` → `after`): a mark is
 * kept by its clause's place, so it follows its clause, found as a register's write finds it
 * (SPEC rule [W6]), where inserted, moved or removed clauses have put it. A mark whose clause is
 * gone is removed rather than left to the clause that now stands in its place; marks that stay
 * where they are are not listed.
 */
export function doneMarksMoved(
  before: readonly RegisterClauseRow[],
  after: readonly RegisterClauseRow[],
  marks: readonly DoneMark[],
): DoneMarkMove[] {
  return marks.flatMap(({ itemId, position }): DoneMarkMove[] => {
    const recorded = before.find((row) => row.itemId === itemId && row.position === position);
    if (!recorded) return [];
    const now = after
      .filter((row) => row.itemId === itemId)
      .sort((a, b) => a.position - b.position);
    const index = recordedClauseIndex(now, { position, clause: recorded });
    const to = index < 0 ? null : now[index]!.position;
    return to === position ? [] : [{ itemId, from: position, to }];
  });
}

/**
 * Inside the transaction that rebuilds a meeting's register: reads its done marks and the
 * register as it was, and returns the step that, once the new rows (`after`) are known, moves the
 * marks along with their clauses (`doneMarksMoved`).
 */
export async function moveDoneMarks(tx: Db, meetingId: string) {
  const marks = await tx.select().from(taskFollowUps).where(eq(taskFollowUps.meetingId, meetingId));
  if (marks.length === 0) return async () => {};
  const before = await tx
    .select({
      itemId: registerClauses.itemId,
      position: registerClauses.position,
      type: registerClauses.type,
      text: registerClauses.text,
    })
    .from(registerClauses)
    .where(eq(registerClauses.meetingId, meetingId));
  return async (after: readonly RegisterClauseRow[]) => {
    const moves = doneMarksMoved(before, after, marks);
    // All moved marks out first: two marks may trade places.
    for (const { itemId, from } of moves) {
      await tx
        .delete(taskFollowUps)
        .where(
          and(
            eq(taskFollowUps.meetingId, meetingId),
            eq(taskFollowUps.itemId, itemId),
            eq(taskFollowUps.position, from),
          ),
        );
    }
    for (const { itemId, from, to } of moves) {
      const mark = marks.find((m) => m.itemId === itemId && m.position === from)!;
      if (to !== null)
        await tx
          .insert(taskFollowUps)
          .values({ ...mark, position: to })
          .onConflictDoNothing();
    }
  };
}
