import {
  endpointPath,
  importMinutesEndpoint,
  importPreviewEndpoint,
  type EndpointResponse,
} from '@anteckna/contract';
import { ApiError, apiErrorOf } from '../../app/api.ts';

export type ImportPreview = EndpointResponse<typeof importPreviewEndpoint>;
export type ImportedMinutes = EndpointResponse<typeof importMinutesEndpoint>;

/** A text that is not minutes: the parts it lacked, from the error's details. */
export class NotMinutesError extends ApiError {
  constructor(
    message: string,
    readonly missing: string[],
  ) {
    super(422, 'import_not_minutes', message);
  }
}

/** The upload is multipart, so it is sent here rather than through `callApi` (JSON only). */
async function postImport(path: string, file: File, approved: boolean): Promise<unknown> {
  const form = new FormData();
  form.set('file', file, file.name);
  form.set('approved', approved ? 'true' : 'false');
  let response: Response;
  try {
    response = await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
      body: form,
    });
  } catch (cause) {
    throw new ApiError(0, 'network', String(cause));
  }
  const body: unknown = await response.json().catch(() => null);
  if (response.ok) return body;
  const error = apiErrorOf(response.status, response.statusText, body);
  const missing = (body as { error?: { details?: { missing?: unknown } } } | null)?.error?.details
    ?.missing;
  if (error.id === 'import_not_minutes' && Array.isArray(missing))
    throw new NotMinutesError(
      error.message,
      missing.filter((part) => typeof part === 'string'),
    );
  throw error;
}

export async function previewImport(
  bodyId: string,
  file: File,
  approved: boolean,
): Promise<ImportPreview> {
  const path = endpointPath(importPreviewEndpoint, {
    params: { id: bodyId },
    query: { dryRun: '1' },
  });
  return (await postImport(path, file, approved)) as ImportPreview;
}

export async function confirmImport(
  bodyId: string,
  file: File,
  approved: boolean,
): Promise<ImportedMinutes> {
  const path = endpointPath(importMinutesEndpoint, { params: { id: bodyId } });
  return (await postImport(path, file, approved)) as ImportedMinutes;
}
