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

/** The path parameters of the endpoints that correct a clause in a body's register. */
export function clauseParams(bodyId: string, clause: ClauseAddress) {
  return {
    id: bodyId,
    meetingId: clause.meetingId,
    itemId: clause.itemId,
    position: clause.position,
  };
}
