export interface PollOptions {
  timeoutMs?: number;
  intervalMs?: number;
  /** What is awaited, for the timeout message. */
  what: string;
}

/**
 * Calls `probe` until it returns something other than null. A probe that throws ends the wait
 * with its error. No fixed sleeps anywhere: the wait is only as long as the condition needs.
 */
export async function pollUntil<T>(
  probe: () => T | null | Promise<T | null>,
  { timeoutMs = 30_000, intervalMs = 50, what }: PollOptions,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== null) return value;
    if (Date.now() > deadline)
      throw new Error(`Timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, intervalMs));
  }
}
