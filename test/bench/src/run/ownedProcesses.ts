import type { ChildProcess } from 'node:child_process';

/**
 * Every process the harness starts, so that whatever happens it can stop exactly those, by id,
 * and nothing else on the machine.
 */
const owned = new Set<ChildProcess>();

export function own<T extends ChildProcess>(child: T): T {
  owned.add(child);
  child.once('exit', () => owned.delete(child));
  return child;
}

export function isRunning(child: ChildProcess): boolean {
  return child.exitCode === null && child.signalCode === null;
}

/** Resolves when the process has exited (at once if it already has). */
export function exitOf(child: ChildProcess): Promise<void> {
  if (!isRunning(child)) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** SIGTERM, then SIGKILL if it is still there after `graceMs`. */
export async function stopProcess(child: ChildProcess, graceMs = 5_000): Promise<void> {
  if (!isRunning(child) || child.pid === undefined) return;
  process.kill(child.pid, 'SIGTERM');
  const exited = await Promise.race([
    exitOf(child).then(() => true),
    new Promise<boolean>((resolve) => setTimeout(() => resolve(false), graceMs).unref()),
  ]);
  if (!exited) await killProcess(child);
}

export async function killProcess(child: ChildProcess): Promise<void> {
  if (!isRunning(child) || child.pid === undefined) return;
  try {
    process.kill(child.pid, 'SIGKILL');
  } catch {
    return;
  }
  await exitOf(child);
}

/** Kills every owned process still running; returns their ids. For a failed run. */
export async function killAllOwned(): Promise<number[]> {
  const running = [...owned].filter(isRunning);
  await Promise.all(running.map((child) => killProcess(child)));
  return running.flatMap((child) => (child.pid === undefined ? [] : [child.pid]));
}

/** The ids of owned processes still running. */
export function runningOwnedPids(): number[] {
  return [...owned]
    .filter(isRunning)
    .flatMap((child) => (child.pid === undefined ? [] : [child.pid]));
}

/** Synchronous variant for the last moment of an exiting harness. */
export function killAllOwnedNow(): void {
  for (const child of owned) {
    if (isRunning(child) && child.pid !== undefined) {
      try {
        process.kill(child.pid, 'SIGKILL');
      } catch {
        // Already gone between the check and the signal.
      }
    }
  }
}
