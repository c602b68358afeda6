import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

/** What the kernel says a process has used so far (Linux /proc). */
export interface ProcStats {
  /** User plus system CPU time, in seconds. */
  cpuSeconds: number;
  rssBytes: number;
  /** The peak resident set size over the process's life (VmHWM). */
  peakRssBytes: number;
  /** Of `cpuSeconds`, the database server's processes' (Postgres backends), where counted. */
  databaseCpuSeconds?: number;
}

let clockTicks: number | null = null;

function ticksPerSecond(): number {
  if (clockTicks === null) {
    const answer = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim());
    clockTicks = Number.isFinite(answer) && answer > 0 ? answer : 100;
  }
  return clockTicks;
}

/**
 * Reads the stats of a live process, or null when it has gone. `privateMemory`: count only its
 * private memory (RssAnon) as its RSS, for processes that share a large cache (Postgres backends
 * map the server-wide shared buffers, which every backend's RSS would count again).
 */
export function readProcStats(
  pid: number,
  { privateMemory = false }: { privateMemory?: boolean } = {},
): ProcStats | null {
  let stat: string;
  let status: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return null;
  }
  // The command name may hold spaces and parentheses: fields are counted after the last ')'.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const utime = Number(fields[11]);
  const stime = Number(fields[12]);
  const privateRss = privateMemory ? statusKilobytes(status, 'RssAnon') * 1024 : null;
  return {
    cpuSeconds: (utime + stime) / ticksPerSecond(),
    rssBytes: privateRss ?? statusKilobytes(status, 'VmRSS') * 1024,
    peakRssBytes: privateRss ?? statusKilobytes(status, 'VmHWM') * 1024,
  };
}

/** Several processes measured as one: their figures added up, or null when one of them is gone. */
export function sumProcStats(all: Array<ProcStats | null>): ProcStats | null {
  if (all.some((s) => s === null)) return null;
  const present = all as ProcStats[];
  const sum = (key: keyof ProcStats) => present.reduce((total, s) => total + (s[key] ?? 0), 0);
  const withDatabase = present.some((s) => s.databaseCpuSeconds !== undefined);
  return {
    cpuSeconds: sum('cpuSeconds'),
    rssBytes: sum('rssBytes'),
    peakRssBytes: sum('peakRssBytes'),
    ...(withDatabase ? { databaseCpuSeconds: sum('databaseCpuSeconds') } : {}),
  };
}

function statusKilobytes(status: string, key: string): number {
  const match = new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status);
  return match ? Number(match[1]) : 0;
}
