import fs from 'node:fs';
import path from 'node:path';
import { benchRoot, repoRoot } from '../benchPaths.ts';
import type { ServerAdapter } from '../serverAdapter.ts';
import { startServerProcess } from '../serverProcess.ts';
import { antecknaStoredState } from './antecknaDurability.ts';
import { prepareAntecknaRooms } from './antecknaRooms.ts';
import { serveCommand } from './serveCommand.ts';

const READY_TIMEOUT_MS = 60_000;
/** The line the server prints on SIGUSR2 when started with ANTECKNA_BENCH_METRICS=1. */
const METRICS_PREFIX = 'anteckna-bench-metrics ';
const serve = serveCommand();

/**
 * Anteckna's production build with its write gate and durable update log, as an operator runs
 * it (`npm start`: the serve script's node options, see serveCommand.ts), with the demo data; the gate's timing is switched on for the gate's share of the CPU.
 * Every client is a person logged in with a real session who types only in an item they
 * present (see antecknaRooms.ts).
 */
export function antecknaAdapter(): ServerAdapter {
  const storedStates = new Map<string, ReturnType<typeof antecknaStoredState>>();
  return {
    name: 'anteckna',
    unavailableReason: () =>
      fs.existsSync(serve.script)
        ? null
        : `${path.relative(repoRoot, serve.script)} is not built (npm run build --workspace @anteckna/server)`,
    start(dataDir, port, nodeArgs) {
      return startServerProcess(
        {
          script: serve.script,
          nodeArgs: [...serve.nodeArgs, ...(nodeArgs ?? [])],
          cwd: benchRoot,
          env: {
            ANTECKNA_DATA_DIR: dataDir,
            ANTECKNA_DEMO: '1',
            ANTECKNA_BENCH_METRICS: '1',
            // The burst scenario sends 100,000 updates back to back on one connection, which the
            // per-connection message limit rightly calls a flood: the benchmark lifts it.
            ANTECKNA_MESSAGE_BURST: '1000000',
          },
        },
        port,
        (p) => isHealthy(`http://127.0.0.1:${p}`),
        READY_TIMEOUT_MS,
      );
    },
    prepareRooms: (server, count, slots) => prepareAntecknaRooms(server.port, count, slots),
    async isDurable({ dataDir, room, stateVector }) {
      const key = `${dataDir}\n${room}`;
      let stored = storedStates.get(key);
      if (!stored) storedStates.set(key, (stored = antecknaStoredState(dataDir, room)));
      return stored.covers(stateVector);
    },
    async gateTime(server) {
      const line = server.nextLine(METRICS_PREFIX, 5_000);
      process.kill(server.pid, 'SIGUSR2');
      const { gate } = JSON.parse((await line).slice(METRICS_PREFIX.length)) as {
        gate: { totalMs: number; decisions: number } | null;
      };
      if (!gate) throw new Error('the server was not started to measure its gate');
      return gate;
    },
  };
}

async function isHealthy(baseUrl: string): Promise<boolean> {
  try {
    const response = await fetch(`${baseUrl}/api/health`, { signal: AbortSignal.timeout(1_000) });
    const body = (await response.json()) as { ok?: boolean };
    return response.status === 200 && body.ok === true;
  } catch {
    return false;
  }
}
