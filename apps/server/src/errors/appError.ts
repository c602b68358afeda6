import type { ErrorDetails } from '@anteckna/contract';
import { ERRORS, type ErrorId } from './errorCatalog.ts';

export interface AppErrorOptions {
  cause?: unknown;
  /** As the contract's error answer describes them, so the OpenAPI document says it all. */
  details?: ErrorDetails;
  /**
   * Fields beside `error` in the body, for answers a client acts on (the findings of a refused
   * circulation: `{"error":{…},"findings":[…]}`).
   */
  extra?: Record<string, unknown>;
  /** Response headers the error comes with (Retry-After on 429). */
  headers?: Record<string, string>;
}

/** The one error type routes throw; `onError` turns it into `{"error":{"id","message"}}`. */
export class AppError extends Error {
  readonly id: ErrorId;
  readonly status: number;
  readonly details?: ErrorDetails;
  /** Response headers the error comes with (Retry-After on 429). */
  readonly headers?: Record<string, string>;
  readonly extra?: Record<string, unknown>;

  constructor(id: ErrorId, options?: AppErrorOptions) {
    super(ERRORS[id].en, { cause: options?.cause });
    this.id = id;
    this.status = ERRORS[id].status;
    this.details = options?.details;
    this.headers = options?.headers;
    this.extra = options?.extra;
  }
}

export function appError(id: ErrorId, options?: AppErrorOptions): AppError {
  return new AppError(id, options);
}
