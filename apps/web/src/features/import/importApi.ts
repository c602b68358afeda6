import type { MinutesModel } from '@anteckna/doc-schema';
import type { ImportFinding, LineMark } from '@anteckna/minutes-import';
import { ApiError } from '../../app/api.ts';

/** `POST /api/bodies/:id/imports?dryRun=1`: what the import would create. */
export interface ImportPreview {
  minutes: MinutesModel;
  findings: ImportFinding[];
  lines: LineMark[];
}

/** `POST /api/bodies/:id/imports`: the meeting the minutes became. */
export interface ImportedMinutes {
  meetingId: string;
  phase: 'circulated' | 'locked';
  findings: ImportFinding[];
}

/** Missing parts of a text that is not minutes, from the error's details. */
export class NotMinutesError extends ApiError {
  constructor(
    message: string,
    readonly missing: string[],
  ) {
    super(422, 'import_not_minutes', message);
  }
}

async function postImport<T>(
  bodyId: string,
  file: File,
  query: string,
  approved: boolean,
): Promise<T> {
  const form = new FormData();
  form.set('file', file, file.name);
  form.set('approved', approved ? 'true' : 'false');
  let response: Response;
  try {
    response = await fetch(`/api/bodies/${encodeURIComponent(bodyId)}/imports${query}`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { accept: 'application/json' },
      body: form,
    });
  } catch (cause) {
    throw new ApiError(0, 'network', String(cause));
  }
  const body = (await response.json().catch(() => null)) as
    (T & { error?: { id?: string; message?: string; details?: { missing?: string[] } } }) | null;
  if (response.ok && body) return body;
  const error = body?.error;
  if (error?.id === 'import_not_minutes')
    throw new NotMinutesError(error.message ?? '', error.details?.missing ?? []);
  throw new ApiError(
    response.status,
    error?.id ?? `http_${response.status}`,
    error?.message ?? response.statusText,
  );
}

export function previewImport(
  bodyId: string,
  file: File,
  approved: boolean,
): Promise<ImportPreview> {
  return postImport(bodyId, file, '?dryRun=1', approved);
}

export function confirmImport(
  bodyId: string,
  file: File,
  approved: boolean,
): Promise<ImportedMinutes> {
  return postImport(bodyId, file, '', approved);
}
