import { readProcStats } from './procStats.ts';

const QUIET_WINDOW_MS = 300;
/** One clock tick (10 ms at 100 Hz) is noise: the kernel counts CPU time in whole ticks. */
const QUIET_CPU_SECONDS = 0.011;

/**
 * For a server whose storage cannot be read while it runs: its writes are done when it has used
 * (almost) no CPU for a while after the last message reached it. Call `check` repeatedly.
 */
export function cpuIdleDetector(pid: number): { check(): boolean } {
  const samples: Array<{ atMs: number; cpuSeconds: number }> = [];
  return {
    check() {
      const stats = readProcStats(pid);
      if (!stats) return false;
      const atMs = performance.now();
      samples.push({ atMs, cpuSeconds: stats.cpuSeconds });
      while (samples.length > 2 && atMs - samples[1]!.atMs >= QUIET_WINDOW_MS) samples.shift();
      const first = samples[0]!;
      return (
        atMs - first.atMs >= QUIET_WINDOW_MS &&
        stats.cpuSeconds - first.cpuSeconds < QUIET_CPU_SECONDS
      );
    },
  };
}
