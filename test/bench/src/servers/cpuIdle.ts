import fs from 'node:fs';

const QUIET_WINDOW_MS = 300;
/** Time on a core or waiting for one, summed over the process's threads, that still counts as quiet. */
const QUIET_BUSY_MS = 5;

/**
 * For a server whose storage cannot be read while it runs: its writes are done when it has been
 * quiet for a while after the last message reached it. Quiet means that none of its threads
 * (the storage's worker threads too) ran on a core *or waited for one*: on a machine busy with
 * other work, a server that is starved of CPU uses none, yet it is not done. The kernel counts
 * both per thread in /proc/PID/task/TID/schedstat. Call `check` repeatedly.
 */
export function cpuIdleDetector(pid: number): { check(): boolean } {
  const samples: Array<{ atMs: number; busyMs: number }> = [];
  return {
    check() {
      const busyMs = readBusyMs(pid);
      if (busyMs === null) return false;
      const atMs = performance.now();
      // A thread that ended took its count with it: start the window again.
      if (samples.length > 0 && busyMs < samples.at(-1)!.busyMs) samples.length = 0;
      samples.push({ atMs, busyMs });
      while (samples.length > 2 && atMs - samples[1]!.atMs >= QUIET_WINDOW_MS) samples.shift();
      const first = samples[0]!;
      return atMs - first.atMs >= QUIET_WINDOW_MS && busyMs - first.busyMs < QUIET_BUSY_MS;
    },
  };
}

/** Milliseconds the process's threads have run or waited to run, or null when it has gone. */
export function readBusyMs(pid: number): number | null {
  let tasks: string[];
  try {
    tasks = fs.readdirSync(`/proc/${pid}/task`);
  } catch {
    return null;
  }
  let nanoseconds = 0;
  for (const task of tasks) {
    try {
      const [onCpu = '0', waiting = '0'] = fs
        .readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8')
        .split(' ');
      nanoseconds += Number(onCpu) + Number(waiting);
    } catch {
      // A thread that ended between the listing and the read has nothing more to do.
    }
  }
  return nanoseconds / 1e6;
}
