// Given to `node --import` by moduleLoads.ts: appends the URL of every module the process loads
// (the server's own chunks among them) to the file named in ANTECKNA_MODULE_LOG, one a line.
import { appendFileSync } from 'node:fs';
import { register } from 'node:module';
import { env } from 'node:process';
import { isMainThread } from 'node:worker_threads';

// The hooks run in a thread of their own, which imports this file again.
if (isMainThread) register(import.meta.url, { data: { logFile: env.ANTECKNA_MODULE_LOG } });

let logFile = '';

export function initialize(data) {
  logFile = data.logFile;
}

export async function load(url, context, nextLoad) {
  appendFileSync(logFile, `${url}\n`);
  return nextLoad(url, context);
}
