import { ApiError } from '../../app/api.ts';
import { errorTextKey } from '../../app/errorText.ts';

const IMPORT_ERRORS = [
  'import_file_empty',
  'import_file_too_large',
  'import_file_type',
  'import_file_unreadable',
  'import_pdf_encrypted',
  'import_pdf_without_text',
  'import_not_minutes',
] as const;

/** The words for an import's error: the import's own ids, then the app's shared ones. */
export function importErrorKey(error: unknown): string {
  if (error instanceof ApiError && (IMPORT_ERRORS as readonly string[]).includes(error.id))
    return `importMinutes.errors.${error.id}`;
  return errorTextKey(error);
}
