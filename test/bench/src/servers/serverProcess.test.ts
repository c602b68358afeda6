import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BenchError } from '../run/benchError.ts';
import { runningOwnedPids } from '../run/ownedProcesses.ts';
import { assertPortFree, findFreePort } from './freePort.ts';
import { startServerProcess } from './serverProcess.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-server-process-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function script(name: string, source: string): string {
  const file = path.join(dir, name);
  fs.writeFileSync(file, source);
  return file;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

describe('startServerProcess', () => {
  it('reports a server that exits before it is ready, with what it printed', async () => {
    const crashing = script('crash.mjs', "console.error('no database here'); process.exit(3);");
    const start = startServerProcess(
      { script: crashing, cwd: dir, env: {} },
      await findFreePort(),
      async () => false,
      10_000,
    );
    await expect(start).rejects.toThrow(/exited \(3\) before it was ready: no database here/);
  });

  it('kills a server that never becomes ready within its bound, and leaves nothing running', async () => {
    const hanging = script('hang.mjs', 'setInterval(() => {}, 1000);');
    const start = startServerProcess(
      { script: hanging, cwd: dir, env: {} },
      await findFreePort(),
      async () => false,
      300,
    );
    await expect(start).rejects.toBeInstanceOf(BenchError);
    expect(runningOwnedPids()).toEqual([]);
  });

  it('gives the server its port and host, measures it from /proc, and stops it by its id', async () => {
    const listening = script(
      'listen.mjs',
      "import http from 'node:http'; http.createServer((_, res) => res.end('ok')).listen(Number(process.env.PORT), process.env.HOST);",
    );
    const port = await findFreePort();
    const server = await startServerProcess(
      { script: listening, cwd: dir, env: {} },
      port,
      async (p) =>
        await fetch(`http://127.0.0.1:${p}/`)
          .then((r) => r.ok)
          .catch(() => false),
      10_000,
    );
    expect(server.port).toBe(port);
    expect(server.stats()!.peakRssBytes).toBeGreaterThan(1024 * 1024);
    await server.stop();
    expect(isAlive(server.pid)).toBe(false);
  });
});

describe('assertPortFree', () => {
  it('refuses a port something already listens on', async () => {
    const blocker = net.createServer();
    await new Promise<void>((resolve) => blocker.listen(0, '127.0.0.1', resolve));
    const port = (blocker.address() as net.AddressInfo).port;
    await expect(assertPortFree(port)).rejects.toThrow(`port ${port} is in use`);
    await new Promise((resolve) => blocker.close(resolve));
    await expect(assertPortFree(port)).resolves.toBeUndefined();
  });
});
