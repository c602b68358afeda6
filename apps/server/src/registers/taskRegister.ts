import { firstRow } from '../db/firstRow.ts';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Db } from '../db/openDatabase.ts';
import {
  bodies,
  carriedItems,
  meetings,
  registerClauses,
  searchRows,
  taskFollowUps,
} from '../db/schema.ts';
import { DECIDED_PHASES } from './decisionRegister.ts';

export type TaskStatus = 'open' | 'done' | 'overdue';

/** Where a forwarded item went, and what the receiving body decided on it (if it has). */
export interface TakenUp {
  bodyId: string;
  bodyName: string;
  meetingId: string;
  meetingDate: string;
  phase: string;
  itemId: string;
  decisions: Array<{ type: string; text: string; target?: string }>;
}

export interface TaskEntry {
  kind: 'task' | 'forward';
  meetingId: string;
  meetingDate: string;
  meetingTitle: string;
  itemId: string;
  itemNumber: string;
  itemTitle: string;
  position: number;
  text: string;
  /** Who is responsible for a task; the receiving body of a forward. */
  target?: string;
  due?: string;
  status: TaskStatus;
  doneAt?: string;
  takenUp?: TakenUp;
}

/**
 * The body's tasks and forwards from its circulated and approved minutes (SPEC rule U3): done when
 * marked so, or for a forward when the receiving body has decided on the carried item; overdue
 * when still open after `due`; soonest due first, those without a date last.
 */
export async function taskRegister(db: Db, bodyId: string, today: string): Promise<TaskEntry[]> {
  const rows = await db
    .select({
      clause: registerClauses,
      meetingDate: meetings.date,
      meetingTitle: meetings.title,
      doneAt: taskFollowUps.doneAt,
    })
    .from(registerClauses)
    .innerJoin(meetings, eq(meetings.id, registerClauses.meetingId))
    .leftJoin(
      taskFollowUps,
      and(
        eq(taskFollowUps.meetingId, registerClauses.meetingId),
        eq(taskFollowUps.itemId, registerClauses.itemId),
        eq(taskFollowUps.position, registerClauses.position),
      ),
    )
    .where(
      and(
        eq(registerClauses.bodyId, bodyId),
        inArray(registerClauses.type, ['task', 'forward']),
        inArray(meetings.phase, [...DECIDED_PHASES]),
      ),
    )
    .orderBy(asc(meetings.date));
  const entries: TaskEntry[] = [];
  for (const { clause, meetingDate, meetingTitle, doneAt } of rows) {
    const kind = clause.type as TaskEntry['kind'];
    const takenUp = kind === 'forward' ? await findTakenUp(db, clause) : undefined;
    const decided = takenUp !== undefined && takenUp.decisions.length > 0;
    const status: TaskStatus =
      doneAt || decided ? 'done' : clause.due && clause.due < today ? 'overdue' : 'open';
    entries.push({
      kind,
      meetingId: clause.meetingId,
      meetingDate,
      meetingTitle,
      itemId: clause.itemId,
      itemNumber: clause.itemNumber,
      itemTitle: clause.itemTitle,
      position: clause.position,
      text: clause.text,
      ...(clause.target ? { target: clause.target } : {}),
      ...(clause.due ? { due: clause.due } : {}),
      status,
      ...(doneAt ? { doneAt } : {}),
      ...(takenUp ? { takenUp } : {}),
    });
  }
  return entries.sort((a, b) => (a.due ?? '9999').localeCompare(b.due ?? '9999'));
}

/**
 * The item a forward was carried to (carry-over records it), preferring the body the clause
 * names, with that meeting's decision on it once circulated or approved.
 */
async function findTakenUp(
  db: Db,
  clause: typeof registerClauses.$inferSelect,
): Promise<TakenUp | undefined> {
  const carried = await db
    .select({ toMeetingId: carriedItems.toMeetingId, body: bodies, meeting: meetings })
    .from(carriedItems)
    .innerJoin(bodies, eq(bodies.id, carriedItems.toBodyId))
    .innerJoin(meetings, eq(meetings.id, carriedItems.toMeetingId))
    .where(
      and(
        eq(carriedItems.fromMeetingId, clause.meetingId),
        eq(carriedItems.fromItemId, clause.itemId),
      ),
    );
  const named = (name: string) => name === clause.target;
  const chosen = carried.find((c) => named(c.body.name) || named(c.body.shortName)) ?? carried[0];
  if (!chosen) return undefined;
  const item = await db
    .select({ itemId: searchRows.itemId })
    .from(searchRows)
    .where(
      and(
        eq(searchRows.meetingId, chosen.toMeetingId),
        eq(searchRows.carriedFromMeetingId, clause.meetingId),
        eq(searchRows.carriedFromItemId, clause.itemId),
      ),
    )
    .then(firstRow);
  if (!item?.itemId) return undefined;
  const decided = (DECIDED_PHASES as readonly string[]).includes(chosen.meeting.phase);
  const decisions = decided
    ? await db
        .select({
          type: registerClauses.type,
          text: registerClauses.text,
          target: registerClauses.target,
        })
        .from(registerClauses)
        .where(
          and(
            eq(registerClauses.meetingId, chosen.toMeetingId),
            eq(registerClauses.itemId, item.itemId),
          ),
        )
        .orderBy(asc(registerClauses.position))
        .then((rows) => rows.map(({ target, ...d }) => (target ? { ...d, target } : d)))
    : [];
  return {
    bodyId: chosen.body.id,
    bodyName: chosen.body.name,
    meetingId: chosen.meeting.id,
    meetingDate: chosen.meeting.date,
    phase: chosen.meeting.phase,
    itemId: item.itemId,
    decisions,
  };
}
