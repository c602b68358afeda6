/** A failure the harness reports as "which server, which scenario, why" and exits non-zero on. */
export class BenchError extends Error {
  /** Processes the harness had started and stopped because of this failure. */
  stoppedPids: number[] = [];

  constructor(
    message: string,
    readonly server?: string,
    readonly scenario?: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.name = 'BenchError';
  }

  /** The same failure, now knowing where it happened. */
  static within(error: unknown, server: string, scenario: string): BenchError {
    if (error instanceof BenchError && error.server && error.scenario) return error;
    const message = error instanceof Error ? error.message : String(error);
    return new BenchError(message, server, scenario, { cause: error });
  }
}

/**
 * Rejects with a BenchError when `promise` has not settled within `ms`; `context`, read when
 * the time is up, can say how far it got.
 */
export async function withDeadline<T>(
  promise: Promise<T>,
  ms: number,
  what: string,
  context?: () => string,
): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      const where = context ? ` (${context()})` : '';
      reject(
        new BenchError(`${what} took longer than its bound of ${Math.round(ms / 1000)} s${where}`),
      );
    }, ms);
  });
  try {
    return await Promise.race([promise, deadline]);
  } finally {
    clearTimeout(timer);
  }
}

/** Polls `check` every `intervalMs` until it returns a value, at most until `timeoutMs`. */
export async function pollUntil<T>(
  check: () => Promise<T | null | undefined> | T | null | undefined,
  what: string,
  timeoutMs: number,
  intervalMs = 50,
): Promise<T> {
  const started = Date.now();
  const maxTries = Math.ceil(timeoutMs / intervalMs) + 1;
  for (let attempt = 0; attempt < maxTries; attempt++) {
    const value = await check();
    if (value !== null && value !== undefined) return value;
    if (Date.now() - started >= timeoutMs) break;
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
  throw new BenchError(`${what} did not happen within ${Math.round(timeoutMs / 1000)} s`);
}
