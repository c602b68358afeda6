import { ApiError } from '../../app/api.ts';
import { errorTextKey } from '../../app/errorText.ts';

/** Refusals of an upload, each with words that say what to do about it. */
const ATTACHMENT_ERROR_IDS = [
  'attachment_too_large',
  'attachment_type_not_allowed',
  'field_not_writable',
  'payload_too_large',
  'item_not_found',
  'attachment_not_found',
  'attachment_missing',
] as const;

export function attachmentErrorKey(error: unknown): string {
  if (!(error instanceof ApiError)) return errorTextKey(error);
  if ((ATTACHMENT_ERROR_IDS as readonly string[]).includes(error.id))
    return `attachments.errors.${error.id === 'payload_too_large' ? 'attachment_too_large' : error.id}`;
  if (error.status === 413) return 'attachments.errors.attachment_too_large';
  if (error.status === 415) return 'attachments.errors.attachment_type_not_allowed';
  return errorTextKey(error);
}
