import {
  endpointPath,
  ErrorSchema,
  type Endpoint,
  type EndpointInput,
  type EndpointResponse,
} from '@anteckna/contract';
import { z } from 'zod';
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

// Only the id and the message matter here: details of any shape must not cost the id.
const ErrorIdentity = z.object({
  error: ErrorSchema.shape.error.pick({ id: true, message: true }),
});

/**
 * The error a failed answer stands for: the server's id and message when the body is the
 * contract's error answer, else (a proxy or a crashed server answering with HTML) the status.
 */
export function apiErrorOf(status: number, statusText: string, body: unknown): ApiError {
  const parsed = ErrorIdentity.safeParse(body);
  if (!parsed.success) return new ApiError(status, `http_${status}`, statusText);
  return new ApiError(status, parsed.data.error.id, parsed.data.error.message, body);
}

async function readError(response: Response): Promise<ApiError> {
  let body: unknown = null;
  try {
    body = await response.json();
  } catch {
    // Not JSON: the status still says enough.
  }
  return apiErrorOf(response.status, response.statusText, body);
}

/** What a call takes besides the endpoint's own input. */
export interface CallOptions {
  signal?: AbortSignal;
}

type CallArgs<E extends Endpoint> =
  object extends EndpointInput<E>
    ? [input?: EndpointInput<E> & CallOptions]
    : [input: EndpointInput<E> & CallOptions];

/**
 * Calls one endpoint of the contract: the path, what is sent and the type of the answer all come
 * from its declaration in @anteckna/contract, so a change on the server that the app does not
 * follow fails the typecheck.
 */
export async function callApi<E extends Endpoint>(
  endpoint: E,
  ...[input]: CallArgs<E>
): Promise<EndpointResponse<E>> {
  const given = (input ?? {}) as {
    params?: Record<string, string>;
    query?: Record<string, string | undefined>;
    body?: unknown;
    signal?: AbortSignal;
  };
  let response: Response;
  try {
    response = await fetch(endpointPath(endpoint, given), {
      method: endpoint.method.toUpperCase(),
      credentials: 'same-origin',
      // The server words its messages (errors, the check's findings) in the app's language.
      headers:
        given.body === undefined
          ? { accept: 'application/json', 'accept-language': currentLanguage() }
          : {
              accept: 'application/json',
              'accept-language': currentLanguage(),
              'content-type': 'application/json',
            },
      body: given.body === undefined ? undefined : JSON.stringify(given.body),
      signal: given.signal,
    });
  } catch (cause) {
    if (cause instanceof DOMException && cause.name === 'AbortError') throw cause;
    throw new ApiError(0, 'network', String(cause));
  }
  if (!response.ok) throw await readError(response);
  if (response.status === 204) return undefined as EndpointResponse<E>;
  return (await response.json()) as EndpointResponse<E>;
}

export function isUnauthenticated(error: unknown): boolean {
  return error instanceof ApiError && error.status === 401;
}
