import { afterAll } from 'vitest';

type Cleanup = () => Promise<void> | void;

const cleanups: Cleanup[] = [];
const childPids = new Set<number>();

/** Runs after the test file, newest first, whether its tests passed or not. */
export function registerCleanup(cleanup: Cleanup): void {
  cleanups.push(cleanup);
}

/**
 * A process this file started. Killed by pid when the cleanups run, and again when the worker
 * exits, so that a crashed or timed-out test file leaves no server or browser behind.
 */
export function trackChildPid(pid: number): void {
  childPids.add(pid);
}

export function untrackChildPid(pid: number): void {
  childPids.delete(pid);
}

function killTracked(): void {
  for (const pid of childPids) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // Already gone: nothing to do.
    }
  }
  childPids.clear();
}

export async function runCleanups(): Promise<void> {
  const errors: unknown[] = [];
  while (cleanups.length > 0) {
    const cleanup = cleanups.pop()!;
    try {
      await cleanup();
    } catch (error) {
      errors.push(error);
    }
  }
  killTracked();
  if (errors.length > 0) throw new AggregateError(errors, 'end-to-end cleanup failed');
}

process.on('exit', killTracked);

/** Registered once per test file through the vitest setup file. */
export function installCleanupHook(): void {
  afterAll(runCleanups);
}
