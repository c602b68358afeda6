import { and, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import type { ClauseType } from '@anteckna/doc-schema';
import type { Db } from '../db/openDatabase.ts';
import { meetings, registerClauses } from '../db/schema.ts';

/** Minutes whose decisions stand: sent to the members, or approved and locked. */
export const DECIDED_PHASES = ['circulated', 'locked'] as const;

/** Where a clause of the registers stands: its meeting and item. */
export interface ClauseSource {
  meetingId: string;
  meetingDate: string;
  meetingTitle: string;
  phase: (typeof DECIDED_PHASES)[number];
  itemId: string;
  itemNumber: string;
  itemTitle: string;
}

export interface DecisionEntry extends ClauseSource {
  type: ClauseType;
  /** Without the leading "att". */
  text: string;
  /** The receiving body of a forward; who, for a task or an election. */
  target?: string;
}

export interface DecisionFilter {
  year?: number;
  type?: ClauseType;
  target?: string;
}

/**
 * Every decision clause of the body's circulated and approved minutes, newest meeting first and
 * in agenda order within a meeting, from the register the minutes index keeps (no document is
 * loaded).
 */
export async function decisionRegister(db: Db, bodyId: string, filter: DecisionFilter = {}) {
  const conditions: SQL[] = [
    eq(registerClauses.bodyId, bodyId),
    inArray(meetings.phase, [...DECIDED_PHASES]),
  ];
  if (filter.year !== undefined) {
    conditions.push(sql`substr(${meetings.date}, 1, 4) = ${String(filter.year)}`);
  }
  if (filter.type !== undefined) conditions.push(eq(registerClauses.type, filter.type));
  if (filter.target !== undefined) conditions.push(eq(registerClauses.target, filter.target));
  const rows = await db
    .select({
      meetingId: meetings.id,
      meetingDate: meetings.date,
      meetingTitle: meetings.title,
      phase: meetings.phase,
      itemId: registerClauses.itemId,
      itemNumber: registerClauses.itemNumber,
      itemTitle: registerClauses.itemTitle,
      type: registerClauses.type,
      text: registerClauses.text,
      target: registerClauses.target,
    })
    .from(registerClauses)
    .innerJoin(meetings, eq(meetings.id, registerClauses.meetingId))
    .where(and(...conditions))
    // The index writes a meeting's clauses in agenda order, so rowid order is agenda order.
    .orderBy(desc(meetings.date), meetings.id, sql`${registerClauses}.rowid`);
  return rows.map(({ target, ...row }): DecisionEntry => ({
    ...row,
    phase: row.phase as DecisionEntry['phase'],
    type: row.type as ClauseType,
    ...(target ? { target } : {}),
  }));
}
