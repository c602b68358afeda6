import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { registerCleanup, trackChildPid, untrackChildPid } from './cleanup.ts';
import { pollUntil } from './poll.ts';
import { assertBuilt, repoRoot, serverEntry } from './repoPaths.ts';

const READY_LINE = /Anteckna is running at (http:\/\/127\.0\.0\.1:\d+)/;
const START_TIMEOUT_MS = 60_000;

export interface AppServer {
  /** `http://127.0.0.1:<port>`, as the server printed it. */
  readonly url: string;
  readonly dataDir: string;
  readonly pid: number;
  /** Everything the process wrote, for failure messages. */
  output(): string;
  /** Sends the signal and resolves once the process has exited. */
  kill(signal?: NodeJS.Signals): Promise<void>;
}

export interface StartServerOptions {
  /** Reuse a data folder (a restart); a fresh one under the system's temp folder otherwise. */
  dataDir?: string;
  /** Options for `node` before the server's script, and environment variables beside the usual. */
  nodeArgs?: string[];
  env?: Record<string, string>;
}

/**
 * The built server in a child process on a port the kernel picks, with the demo data in a data
 * folder of its own. Killed (and its data folder removed) when the test file ends.
 */
export async function startServer(options: StartServerOptions = {}): Promise<AppServer> {
  assertBuilt();
  const dataDir = options.dataDir ?? (await freshDataDir());
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), serverEntry], {
    cwd: repoRoot,
    env: {
      ...process.env,
      ...options.env,
      PORT: '0',
      HOST: '127.0.0.1',
      ANTECKNA_DATA_DIR: dataDir,
      ANTECKNA_DEMO: '1',
      NODE_ENV: 'test',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  if (child.pid === undefined) throw new Error('the server process did not start');
  const pid = child.pid;
  trackChildPid(pid);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  exited.then(
    () => untrackChildPid(pid),
    () => undefined,
  );
  let output = '';
  child.stdout?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  child.stderr?.setEncoding('utf8').on('data', (chunk: string) => (output += chunk));
  registerCleanup(() => stopProcess(child, exited, 'SIGKILL'));

  const url = await pollUntil(
    () => {
      if (child.exitCode !== null) {
        throw new Error(
          `the server exited with code ${child.exitCode} before it was ready:\n${output}`,
        );
      }
      return READY_LINE.exec(output)?.[1] ?? null;
    },
    { timeoutMs: START_TIMEOUT_MS, what: `the server's address line (output so far:\n${output})` },
  );
  await pollUntil(async () => ((await healthy(url)) ? true : null), {
    timeoutMs: START_TIMEOUT_MS,
    what: `GET ${url}/api/health to answer 200`,
  });

  return {
    url,
    dataDir,
    pid,
    output: () => output,
    kill: (signal = 'SIGTERM') => stopProcess(child, exited, signal),
  };
}

async function freshDataDir(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'anteckna-e2e-data-'));
  registerCleanup(() => fs.rm(dir, { recursive: true, force: true }));
  return dir;
}

async function healthy(url: string): Promise<boolean> {
  try {
    const response = await fetch(`${url}/api/health`);
    return response.ok && ((await response.json()) as { ok?: unknown }).ok === true;
  } catch {
    return false;
  }
}

async function stopProcess(
  child: ChildProcess,
  exited: Promise<void>,
  signal: NodeJS.Signals,
): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  if (child.pid !== undefined) {
    try {
      process.kill(child.pid, signal);
    } catch {
      return;
    }
  }
  await exited;
}
