import type { ServerProcess } from '../servers/serverProcess.ts';
import { nowMs } from '../edits/editToken.ts';
import type { ProcStats } from '../servers/procStats.ts';

/** Reads the server's /proc figures at two given moments, to get its CPU over that window. */
export function sampleServerWindow(
  server: ServerProcess,
  fromMs: number,
  toMs: number,
): Promise<{ cpuSeconds: number; wallSeconds: number; last: ProcStats }> {
  const at = (ms: number) =>
    new Promise<{ atMs: number; stats: ProcStats | null }>((resolve) =>
      setTimeout(
        () => resolve({ atMs: nowMs(), stats: server.stats() }),
        Math.max(0, ms - nowMs()),
      ),
    );
  return Promise.all([at(fromMs), at(toMs)]).then(([first, second]) => {
    if (!first.stats || !second.stats)
      throw new Error('the server process was gone while it was measured');
    return {
      cpuSeconds: second.stats.cpuSeconds - first.stats.cpuSeconds,
      wallSeconds: (second.atMs - first.atMs) / 1000,
      last: second.stats,
    };
  });
}

export function megabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}
