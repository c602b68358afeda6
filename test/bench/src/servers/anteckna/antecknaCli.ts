import { spawn } from 'node:child_process';
import path from 'node:path';
import { own } from '../../run/ownedProcesses.ts';
import { repoRoot } from '../benchPaths.ts';
import { serveCommand } from './serveCommand.ts';

const IMPORT_CLI = path.join(repoRoot, 'apps', 'server', 'dist', 'importCli.js');

/** One file's row of `npm run import -- --json`. */
export interface ImportCliRow {
  result: string;
  ms: number;
}

/** `npm run import -- --json --body <body> <files…>` on the data dir, as a secretary runs it. */
export function runImportCli(
  dataDir: string,
  body: string,
  files: string[],
): Promise<ImportCliRow[]> {
  return new Promise((resolve, reject) => {
    const child = own(
      spawn(process.execPath, [IMPORT_CLI, '--json', '--body', body, ...files], {
        env: { ...process.env, ANTECKNA_DATA_DIR: dataDir, INIT_CWD: dataDir },
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on(
      'data',
      (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-4_000)),
    );
    child.once('error', reject);
    child.once('exit', (code) =>
      code === 0
        ? resolve(JSON.parse(stdout) as ImportCliRow[])
        : reject(new Error(`import CLI failed (${code}): ${stderr}`)),
    );
  });
}

/** Starts the built server once on a free port so it seeds the demo data, then stops it. */
export function seedDemoData(dataDir: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = own(
      spawn(process.execPath, [serveCommand().script], {
        env: {
          ...process.env,
          ANTECKNA_DATA_DIR: dataDir,
          INIT_CWD: dataDir,
          PORT: '0',
          ANTECKNA_DEMO: '1',
        },
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
    );
    let output = '';
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (/http:\/\//u.test(output)) child.kill('SIGTERM');
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', () =>
      /http:\/\//u.test(output) ? resolve() : reject(new Error(`server did not start: ${output}`)),
    );
  });
}
