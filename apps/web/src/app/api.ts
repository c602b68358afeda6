import { currentLanguage } from '../i18n/i18n.ts';

/** The one way the app talks HTTP: same origin, session cookie, errors as `ApiError` with the server's id. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly id: string,
    message: string,
    /** The whole error body, for answers that carry more than the id (the check's findings). */
    readonly body: unknown = null,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

interface ErrorBody {
  error?: { id?: unknown; message?: unknown };
}

async function readError(response: Response): Promise<ApiError> {
  let body: ErrorBody = {};
  try {
    body = (await response.json()) as ErrorBody;
  } catch {
    // A proxy or a crashed server may answer with HTML; the status still says enough.
  }
  const id = typeof body.error?.id === 'string' ? body.error.id : `http_${response.status}`;
  const message =
    typeof body.error?.message === 'string' ? body.error.message : response.statusText;
  return new ApiError(response.status, id, message, body);
}

export async function apiRequest<T>(
  path: string,
  init: { method?: string; body?: unknown; signal?: AbortSignal } = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method: init.method ?? 'GET',
      credentials: 'same-origin',
      // The server words its messages (errors, the check's findings) in the app's language.
      headers:
        init.body === undefined
          ? { accept: 'application/json', 'accept-language': currentLanguage() }
          : {
              accept: 'application/json',
              'accept-language': currentLanguage(),
              'content-type': 'application/json',
            },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      signal: init.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', String(cause));
  }
  if (!response.ok) throw await readError(response);
  if (response.status === 204) return undefined as T;
  return (await response.json()) as T;
}

export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}
