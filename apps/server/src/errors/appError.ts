import type { ErrorDetails } from '@anteckna/contract';
import { ERRORS, type ErrorId } from './errorCatalog.ts';

/** The one error type routes throw; `onError` turns it into `{"error":{"id","message"}}`. */
export class AppError extends Error {
  readonly id: ErrorId;
  readonly status: number;
  /** As the contract's error answer describes them, so the OpenAPI document says it all. */
  readonly details?: ErrorDetails;
  /** Response headers the error comes with (Retry-After on 429). */
  readonly headers?: Record<string, string>;

  constructor(id: ErrorId, options?: AppErrorOptions) {
    super(ERRORS[id].en, { cause: options?.cause });
    this.id = id;
    this.status = ERRORS[id].status;
    this.details = options?.details;
    this.headers = options?.headers;
  }
}

export interface AppErrorOptions {
  cause?: unknown;
  details?: ErrorDetails;
  headers?: Record<string, string>;
}

export function appError(id: ErrorId, options?: AppErrorOptions): AppError {
  return new AppError(id, options);
}
