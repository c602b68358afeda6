import { ApiError } from '../../app/api.ts';
import { errorTextKey } from '../../app/errorText.ts';

/** Refusals only the body page meets, with words that say what to do instead. */
const BODY_ERROR_IDS = [
  'unknown_organisation',
  'last_secretary',
  'member_not_found',
  'vacancy_not_found',
  'organisation_in_use',
  'organisation_exists',
  'organisation_not_found',
  'alias_exists',
  'alias_not_found',
] as const;

export function bodyErrorKey(error: unknown): string {
  if (error instanceof ApiError && (BODY_ERROR_IDS as readonly string[]).includes(error.id))
    return `bodies.errors.${error.id}`;
  return errorTextKey(error);
}
