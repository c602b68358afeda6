import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { registerCleanup } from './cleanup.ts';

const hooks = path.join(path.dirname(fileURLToPath(import.meta.url)), 'moduleLoadHooks.mjs');

/**
 * What a server process has loaded so far: start it with `nodeArgs` and `env` (startServer's
 * options); `loaded()` lists the URL of every ES module it has imported, in order.
 */
export function recordModuleLoads() {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'anteckna-module-log-'));
  registerCleanup(() => fs.rmSync(dir, { recursive: true, force: true }));
  const logFile = path.join(dir, 'modules.log');
  fs.writeFileSync(logFile, '');
  return {
    nodeArgs: ['--import', pathToFileURL(hooks).href],
    env: { ANTECKNA_MODULE_LOG: logFile },
    loaded: (): string[] => fs.readFileSync(logFile, 'utf8').split('\n').filter(Boolean),
  };
}
