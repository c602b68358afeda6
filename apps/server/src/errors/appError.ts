import { ERRORS, type ErrorId } from './errorCatalog.ts';

/** The one error type routes throw; `onError` turns it into `{"error":{"id","message"}}`. */
export class AppError extends Error {
  readonly id: ErrorId;
  readonly status: number;
  readonly details?: unknown;

  constructor(id: ErrorId, options?: { cause?: unknown; details?: unknown }) {
    super(ERRORS[id].en, { cause: options?.cause });
    this.id = id;
    this.status = ERRORS[id].status;
    this.details = options?.details;
  }
}

export function appError(id: ErrorId, options?: { cause?: unknown; details?: unknown }): AppError {
  return new AppError(id, options);
}
