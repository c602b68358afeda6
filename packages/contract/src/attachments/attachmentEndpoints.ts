import { z } from 'zod';
import { endpoint } from '../http/endpoint.ts';
import { MeetingParams, pathId } from '../http/pathParams.ts';
import { StoredAttachmentSchema } from '../minutes/minutesSchema.ts';

/**
 * The upload form (multipart, so not a JSON body): the file, and "true" flags. `joinsPrevious`
 * shares the number of the item's previous attachment, lettered (Bilaga 18a–18f).
 */
export const AttachmentUploadFormSchema = z.object({
  file: z.unknown().meta({ type: 'string', format: 'binary' }),
  internal: z.string().optional(),
  joinsPrevious: z.string().optional(),
});

export const uploadAttachmentEndpoint = endpoint({
  method: 'post',
  path: '/api/meetings/{id}/items/{itemId}/attachments',
  params: MeetingParams.extend({ itemId: pathId() }),
  response: StoredAttachmentSchema,
});

/** The file as uploaded. */
export const attachmentFileEndpoint = endpoint({
  method: 'get',
  path: '/api/meetings/{id}/attachments/{attachmentId}',
  params: MeetingParams.extend({ attachmentId: pathId() }),
});
