import { nowMs } from '../edits/editToken.ts';
import type { ProcStats } from '../servers/procStats.ts';
import type { RunContext } from './runContext.ts';

export interface ServerWindowUse {
  cpuSeconds: number;
  /** Of `cpuSeconds`, the database server's (Postgres backends), where the server counts it. */
  databaseCpuSeconds: number | null;
  wallSeconds: number;
  /** Time the server's write gate spent deciding updates in the window, where it says so. */
  gateMs: number | null;
  last: ProcStats;
}

/**
 * Reads the server's /proc figures (and its gate time, where the server reports it) at two
 * given moments, to get its use over that window.
 */
export async function sampleServerWindow(
  ctx: Pick<RunContext, 'adapter' | 'server'>,
  fromMs: number,
  toMs: number,
): Promise<ServerWindowUse> {
  const { adapter, server } = ctx;
  const at = async (ms: number) => {
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, ms - nowMs())));
    const atMs = nowMs();
    const stats = server.stats();
    const gate = adapter.gateTime ? await adapter.gateTime(server) : null;
    return { atMs, stats, gateMs: gate?.totalMs ?? null };
  };
  const [first, second] = await Promise.all([at(fromMs), at(toMs)]);
  if (!first.stats || !second.stats)
    throw new Error('the server process was gone while it was measured');
  return {
    cpuSeconds: second.stats.cpuSeconds - first.stats.cpuSeconds,
    databaseCpuSeconds:
      first.stats.databaseCpuSeconds !== undefined && second.stats.databaseCpuSeconds !== undefined
        ? second.stats.databaseCpuSeconds - first.stats.databaseCpuSeconds
        : null,
    wallSeconds: (second.atMs - first.atMs) / 1000,
    gateMs: first.gateMs !== null && second.gateMs !== null ? second.gateMs - first.gateMs : null,
    last: second.stats,
  };
}

export function megabytes(bytes: number): number {
  return Math.round((bytes / (1024 * 1024)) * 10) / 10;
}
