import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { existingTestDatabaseFor } from './testPostgres.ts';

const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

export interface ChildServer {
  url: string;
  child: ChildProcess;
  /** Resolves when the process has exited. */
  exited: Promise<void>;
  /** Everything it wrote so far, stdout and stderr. */
  output(): string;
}

function spawnServer(dataDir: string, env: Record<string, string>, uid?: number): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
    cwd: serverRoot,
    env: {
      ...process.env,
      PORT: '0',
      HOST: '127.0.0.1',
      ANTECKNA_DATA_DIR: dataDir,
      ANTECKNA_DEMO: '0',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
    ...(uid === undefined ? {} : { uid, gid: uid }),
  });
}

/**
 * Runs src/main.ts expecting it not to start: resolves with its exit code and what it wrote.
 * `uid` runs it as another user (root ignores file permissions, so a test of an unwritable data
 * dir run as root runs the server as nobody).
 */
export function runChildServerToExit(
  dataDir: string,
  env: Record<string, string> = {},
  uid?: number,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child = spawnServer(dataDir, env, uid);
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString();
    if (/running at http/.test(stdout)) child.kill('SIGKILL');
  });
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, stdout, stderr })));
}

/**
 * ANTECKNA_DATABASE_URL for a process (a server, a CLI) on the data dir of an earlier test
 * server, when that one ran on Postgres (ANTECKNA_TEST_DATABASE=postgres); else nothing, and the
 * process opens the SQLite file in the data dir.
 */
export async function testDatabaseEnv(dataDir: string): Promise<Record<string, string>> {
  const database = await existingTestDatabaseFor(dataDir);
  return database ? { ANTECKNA_DATABASE_URL: database.url } : {};
}

/**
 * Runs src/main.ts in its own process (so it can be killed with SIGKILL) on a given data dir, and
 * on the Postgres database of the test server that ran on that data dir before, if there was one
 * (ANTECKNA_TEST_DATABASE=postgres), as it would find that server's SQLite file.
 */
export async function startChildServer(
  dataDir: string,
  env: Record<string, string> = {},
): Promise<ChildServer> {
  const child = spawnServer(dataDir, { ...(await testDatabaseEnv(dataDir)), ...env });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let output = '';
    let listening = false;
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/[\d.]+:\d+)/.exec(output);
      if (match && !listening) {
        listening = true;
        resolve({ url: match[1]!, child, exited, output: () => output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) =>
      reject(new Error(`server exited (${code}) before listening:\n${output}`)),
    );
  });
}
