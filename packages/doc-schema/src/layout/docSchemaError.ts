/**
 * The one error type of this package. Writers validate before they touch the document and throw
 * this with a stable id, so a refused write changes nothing (SPEC rule W5).
 */
export type DocSchemaErrorId =
  | 'already_initialised'
  | 'invalid_header'
  | 'invalid_second_session'
  | 'second_session_reversed'
  | 'invalid_id'
  | 'duplicate_item_id'
  | 'unknown_item'
  | 'unknown_parent'
  | 'sub_item_too_deep'
  | 'invalid_position'
  | 'invalid_item_field'
  | 'invalid_attachment'
  | 'invalid_block'
  | 'wrong_field'
  | 'detached_fragment'
  | 'invalid_clause'
  | 'unknown_clause'
  | 'due_before_meeting'
  | 'election_term_reversed'
  | 'clause_starts_with_att'
  | 'clause_on_withdrawn_item'
  | 'no_proposal_clauses'
  | 'invalid_attendance'
  | 'attendance_items_reversed'
  | 'unknown_organisation'
  | 'invalid_approval'
  | 'invalid_signatures'
  | 'unknown_signer';

export class DocSchemaError extends Error {
  readonly id: DocSchemaErrorId;
  readonly params: Record<string, string | number>;

  constructor(id: DocSchemaErrorId, message: string, params: Record<string, string | number> = {}) {
    super(message);
    this.name = 'DocSchemaError';
    this.id = id;
    this.params = params;
  }
}

export function isDocSchemaError(error: unknown): error is DocSchemaError {
  return error instanceof DocSchemaError;
}
