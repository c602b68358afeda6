import { ApiError } from './api.ts';

/** Server error ids the catalogs have words for (docs/api.md); anything else reads as "unknown". */
const KNOWN_IDS = [
  'invalid_request',
  'invalid_json',
  'unauthenticated',
  'invalid_credentials',
  'forbidden',
  'not_secretary',
  'meeting_not_found',
  'body_not_found',
  'not_found',
  'illegal_phase_transition',
  'payload_too_large',
  'too_many_attempts',
  'internal',
  'network',
  'invitation_invalid',
  'item_not_found',
  'minutes_locked',
  'minutes_not_circulated',
  'no_previous_minutes',
  'approving_meeting_not_open',
  'addendum_required',
  'snapshot_not_found',
  'seal_not_found',
  'election_term_reversed',
  'invalid_election',
  'election_not_found',
  'unknown_clause',
] as const;

/** The catalog key that explains an error to a person: by the server's stable id, then by status. */
export function errorTextKey(error: unknown): string {
  if (!(error instanceof ApiError)) return 'errors.unknown';
  if ((KNOWN_IDS as readonly string[]).includes(error.id)) return `errors.${error.id}`;
  if (error.status === 429) return 'errors.too_many_attempts';
  if (error.status === 401) return 'errors.unauthenticated';
  if (error.status === 403) return 'errors.forbidden';
  if (error.status === 404) return 'errors.not_found';
  if (error.status >= 500) return 'errors.internal';
  return 'errors.unknown';
}
