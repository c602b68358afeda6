import type { ErrorDetails } from '@anteckna/contract';
import { ERRORS, type ErrorId } from './errorCatalog.ts';

/** The one error type routes throw; `onError` turns it into `{"error":{"id","message"}}`. */
export class AppError extends Error {
  readonly id: ErrorId;
  readonly status: number;
  /** As the contract's error answer describes them, so the OpenAPI document says it all. */
  readonly details?: ErrorDetails;

  constructor(id: ErrorId, options?: { cause?: unknown; details?: ErrorDetails }) {
    super(ERRORS[id].en, { cause: options?.cause });
    this.id = id;
    this.status = ERRORS[id].status;
    this.details = options?.details;
  }
}

export function appError(
  id: ErrorId,
  options?: { cause?: unknown; details?: ErrorDetails },
): AppError {
  return new AppError(id, options);
}
