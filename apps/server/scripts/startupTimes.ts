// How long a restart of the built server takes, as docs/benchmarks.md reports it (Start-up):
//
//   npx tsx scripts/startupTimes.ts [runs=7] [server scripts=dist/main.js …]
//
// run in apps/server after `npm run build`. Seeds the demo data once in a fresh data dir with the
// first script and signs in there (the session survives the restarts); then, in every run, starts
// each script as the serve script does on a copy of that dir (the scripts in turn, so that two
// builds compared see the same load) and records from spawning: when `/api/health` first answers
// 200 (with the process's CPU time and RSS then), when a client of `/collab/<meeting>` with the
// session cookie holds the meeting's document (sync step 2 received), and how long the first
// other API request (`GET /api/me`) then takes, with CPU and RSS after it. Prints every run and
// the medians per script. CPU is user + system time from /proc (10 ms ticks).
import { spawn, execFileSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import WebSocket from 'ws';
import * as Y from 'yjs';
import * as syncProtocol from 'y-protocols/sync';

const runs = Number(process.argv[2] ?? 7);
const scripts = (process.argv.length > 3 ? process.argv.slice(3) : ['dist/main.js']).map((script) =>
  path.resolve(script),
);
const ticks = Number(execFileSync('getconf', ['CLK_TCK'], { encoding: 'utf8' }).trim()) || 100;

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const server = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

function procStats(pid: number) {
  const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cpuMs = ((Number(fields[11]) + Number(fields[12])) * 1000) / ticks;
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const rssMb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]) / 1024;
  return { cpuMs, rssMb };
}

/** The node options of `npm start` (the serve script), so what is timed is what an operator runs. */
const SERVE_NODE_OPTIONS = (
  JSON.parse(fs.readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    scripts: { serve: string };
  }
).scripts.serve
  .split(/\s+/)
  .filter((word) => word.startsWith('--'));

async function start(script: string, dataDir: string) {
  const port = await freePort();
  const started = performance.now();
  const child = spawn(process.execPath, [...SERVE_NODE_OPTIONS, script], {
    env: { ...process.env, PORT: String(port), ANTECKNA_DATA_DIR: dataDir, ANTECKNA_DEMO: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const url = `http://127.0.0.1:${port}`;
  for (;;) {
    const answered = await fetch(`${url}/api/health`).then(
      (response) => response.status === 200,
      () => false,
    );
    if (answered) break;
    if (child.exitCode !== null) throw new Error(`the server exited with ${child.exitCode}`);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  const healthMs = performance.now() - started;
  return { child, url, port, started, health: { ms: healthMs, ...procStats(child.pid!) } };
}

function stop(child: ChildProcess) {
  return new Promise((resolve) => {
    child.once('exit', resolve);
    child.kill('SIGTERM');
  });
}

/** Resolves when the client holds the document the server sent in answer to its sync step 1. */
function fullSync(port: number, meetingId: string, cookie: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const socket = new WebSocket(`ws://127.0.0.1:${port}/collab/${meetingId}`, {
      headers: { cookie, origin: `http://127.0.0.1:${port}` },
    });
    const doc = new Y.Doc();
    socket.binaryType = 'nodebuffer';
    socket.on('open', () => {
      const encoder = encoding.createEncoder();
      encoding.writeVarUint(encoder, 0);
      syncProtocol.writeSyncStep1(encoder, doc);
      socket.send(encoding.toUint8Array(encoder));
    });
    socket.on('message', (data: Buffer) => {
      const decoder = decoding.createDecoder(new Uint8Array(data));
      if (decoding.readVarUint(decoder) !== 0) return;
      if (decoding.readVarUint(decoder) !== 1) return;
      Y.applyUpdate(doc, decoding.readVarUint8Array(decoder));
      socket.close();
      resolve(Y.encodeStateAsUpdate(doc).length);
    });
    socket.on('close', (code) => reject(new Error(`closed with ${code} before the sync`)));
    socket.on('error', reject);
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
};

const seeded = fs.mkdtempSync(path.join(os.tmpdir(), 'anteckna-startup-'));
const seed = await start(scripts[0]!, seeded);
const login = await fetch(`${seed.url}/api/auth/login`, {
  method: 'POST',
  headers: { 'content-type': 'application/json', origin: seed.url },
  body: JSON.stringify({ email: 'sekreterare@exempel.se', password: 'anteckna-demo' }),
});
const cookie = login.headers.getSetCookie()[0]?.split(';')[0] ?? '';
const { meetings } = (await (
  await fetch(`${seed.url}/api/meetings`, { headers: { cookie } })
).json()) as { meetings: Array<{ id: string }> };
const meetingId = meetings[0]!.id;
await stop(seed.child);

async function measure(script: string) {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'anteckna-startup-run-'));
  fs.cpSync(seeded, dataDir, { recursive: true });
  const server = await start(script, dataDir);
  await fullSync(server.port, meetingId, cookie);
  const collabMs = performance.now() - server.started;
  const asked = performance.now();
  const me = await fetch(`${server.url}/api/me`, { headers: { cookie } });
  if (me.status !== 200) throw new Error(`GET /api/me answered ${me.status}`);
  const firstApiMs = performance.now() - asked;
  const api = procStats(server.child.pid!);
  await stop(server.child);
  fs.rmSync(dataDir, { recursive: true, force: true });
  return {
    healthMs: server.health.ms,
    healthCpuMs: server.health.cpuMs,
    healthRssMb: server.health.rssMb,
    collabMs,
    firstApiMs,
    cpuAfterApiMs: api.cpuMs,
    rssAfterApiMb: api.rssMb,
  };
}

const format = (row: Record<string, number>) =>
  Object.entries(row)
    .map(([name, value]) => `${name} ${value.toFixed(1)}`)
    .join(', ');

const rows = new Map<string, Array<Record<string, number>>>(scripts.map((script) => [script, []]));
for (let run = 0; run < runs; run += 1) {
  for (const script of scripts) {
    const row = await measure(script);
    rows.get(script)!.push(row);
    console.log(`run ${run + 1} ${path.relative(process.cwd(), script)}: ${format(row)}`);
  }
}
fs.rmSync(seeded, { recursive: true, force: true });
for (const [script, measured] of rows) {
  const medians = Object.fromEntries(
    Object.keys(measured[0]!).map((name) => [name, median(measured.map((row) => row[name]!))]),
  );
  console.log(`median of ${runs}, ${path.relative(process.cwd(), script)}: ${format(medians)}`);
}
console.log(
  `load average ${os
    .loadavg()
    .map((value) => value.toFixed(1))
    .join(' ')}`,
);
