import { spawn, type ChildProcess } from 'node:child_process';
import { BenchError, pollUntil, withDeadline } from '../run/benchError.ts';
import { isRunning, killProcess, own, stopProcess } from '../run/ownedProcesses.ts';
import { readProcStats, type ProcStats } from './procStats.ts';

const OUTPUT_TAIL_CHARS = 4_000;

/** How to run one server: always `node` on a file, so that the process we measure is the server. */
export interface ServerCommand {
  script: string;
  args?: string[];
  /** Options for node itself, before the script (for example `--cpu-prof`). */
  nodeArgs?: string[];
  cwd: string;
  env: Record<string, string>;
}

export interface ServerProcess {
  pid: number;
  port: number;
  /** Milliseconds since the epoch when the process was spawned… */
  spawnedAtMs: number;
  /** …and when it first answered its readiness check. */
  readyAtMs: number;
  stats(): ProcStats | null;
  /** The last lines the server printed, for error reports. */
  outputTail(): string;
  /** Resolves with the next line the server prints on stdout that starts with `prefix`. */
  nextLine(prefix: string, timeoutMs: number): Promise<string>;
  /** Asks it to stop, then kills it if it does not. */
  stop(): Promise<void>;
  /** Kills it at once, as a crash would. */
  crash(): Promise<void>;
}

/**
 * Spawns the server on 127.0.0.1:`port` and polls `isReady` until it answers, failing early with
 * the server's own words if it exits first.
 */
export async function startServerProcess(
  command: ServerCommand,
  port: number,
  isReady: (port: number) => Promise<boolean>,
  readyTimeoutMs: number,
): Promise<ServerProcess> {
  const spawnedAtMs = performance.timeOrigin + performance.now();
  const child: ChildProcess = own(
    spawn(
      process.execPath,
      [...(command.nodeArgs ?? []), command.script, ...(command.args ?? [])],
      {
        cwd: command.cwd,
        env: { ...process.env, ...command.env, PORT: String(port), HOST: '127.0.0.1' },
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    ),
  );
  let tail = '';
  const keep = (chunk: Buffer) => {
    tail = (tail + chunk.toString()).slice(-OUTPUT_TAIL_CHARS);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const lineWaiters = new Set<(line: string) => boolean>();
  let partial = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    const lines = (partial + chunk.toString()).split('\n');
    partial = lines.pop() ?? '';
    for (const line of lines)
      for (const waiter of lineWaiters) if (waiter(line)) lineWaiters.delete(waiter);
  });
  const pid = child.pid;
  if (pid === undefined) throw new BenchError(`could not spawn ${command.script}`);

  try {
    await pollUntil(
      async () => {
        if (!isRunning(child)) {
          throw new BenchError(
            `exited (${child.exitCode ?? child.signalCode}) before it was ready: ${tail.trim()}`,
          );
        }
        return (await isReady(port)) ? true : null;
      },
      'server readiness',
      readyTimeoutMs,
      25,
    );
  } catch (error) {
    await killProcess(child);
    if (error instanceof BenchError && /did not happen/.test(error.message)) {
      throw new BenchError(`not ready within ${readyTimeoutMs} ms: ${tail.trim()}`);
    }
    throw error;
  }

  const readyAtMs = performance.timeOrigin + performance.now();
  return {
    pid,
    port,
    spawnedAtMs,
    readyAtMs,
    stats: () => readProcStats(pid),
    outputTail: () => tail,
    nextLine: (prefix, timeoutMs) =>
      withDeadline(
        new Promise<string>((resolve) =>
          lineWaiters.add((line) => (line.startsWith(prefix) ? (resolve(line), true) : false)),
        ),
        timeoutMs,
        `a line "${prefix}…" from the server`,
      ),
    stop: () => stopProcess(child),
    crash: () => killProcess(child),
  };
}

/** True when an HTTP GET of `url` answers 200 (a readiness check that needs nothing of the server). */
export async function answersHttp(url: string): Promise<boolean> {
  try {
    const response = await fetch(url, { signal: AbortSignal.timeout(1_000) });
    await response.arrayBuffer();
    return response.ok;
  } catch {
    return false;
  }
}
