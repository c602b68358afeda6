import { ApiError } from '../../app/api.ts';
import { errorTextKey } from '../../app/errorText.ts';

const FIELDS = ['label', 'date', 'startTime', 'endTime', 'place', 'session'] as const;

/**
 * The words for a refused second session: the server names what was wrong (its errors
 * `second_session_reversed` and `invalid_second_session` with the field), so the secretary
 * is told which field to fix.
 */
export function secondSessionErrorKey(error: unknown): string {
  if (!(error instanceof ApiError)) return errorTextKey(error);
  if (error.id === 'second_session_reversed') return 'secondSession.reversed';
  if (error.id !== 'invalid_second_session') return errorTextKey(error);
  const details = (error.body as { error?: { details?: { field?: unknown } } } | null)?.error
    ?.details;
  const field = FIELDS.find((name) => name === details?.field) ?? 'session';
  return `secondSession.invalid.${field}`;
}
