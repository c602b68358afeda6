import { ApiError } from '../../app/api.ts';

/** Where a task's or an election's decision clause stands: the meeting, the item, its place. */
export interface ClauseAddress {
  meetingId: string;
  itemId: string;
  position: number;
}

/** The clause's address as one string: the row key of the registers that list clauses. */
export function clauseKey(clause: ClauseAddress): string {
  return `${clause.meetingId}/${clause.itemId}/${clause.position}`;
}

/**
 * The path parameters of the endpoints that correct a clause in a body's register. Sent with the
 * clause's words as shown (`text` in the body): the minutes may have moved the clause since the
 * register was read, and the server finds it by them or refuses.
 */
export function clauseParams(bodyId: string, clause: ClauseAddress) {
  return {
    id: bodyId,
    meetingId: clause.meetingId,
    itemId: clause.itemId,
    position: clause.position,
  };
}

/**
 * The server refused because the clause shown is no longer in the minutes (removed or
 * rewritten since the register was read): the register is read again to show them as they are.
 */
export function isClauseGone(error: unknown): boolean {
  return error instanceof ApiError && error.id === 'unknown_clause';
}
