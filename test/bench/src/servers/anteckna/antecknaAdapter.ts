import fs from 'node:fs';
import path from 'node:path';
import { benchRoot, repoRoot } from '../benchPaths.ts';
import { sumProcStats } from '../procStats.ts';
import type { AntecknaDatabase, RoomSet, ServerAdapter } from '../serverAdapter.ts';
import { startServerProcess, type ServerProcess } from '../serverProcess.ts';
import { startAntecknaCluster, type AntecknaCluster } from './antecknaCluster.ts';
import { antecknaStoredState, sqliteLogReader } from './antecknaDurability.ts';
import { createPostgresRunDatabase, type PostgresRunDatabase } from './postgresRunDatabase.ts';
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
 *
 * With `processes` above 1 (`--processes=N`), N processes on the same data dir and a Redis of
 * their own, the clients dealt over them (antecknaCluster.ts).
 *
 * On Postgres (`--database=postgres`), every run gets a database of its own on the named server
 * (`ANTECKNA_DATABASE_URL` for every process), dropped after the run; the durability check reads
 * the update log there, and the CPU and memory of the backends serving that database count as
 * the server's (postgresRunDatabase.ts).
 */
export function antecknaAdapter({
  processes = 1,
  database = { engine: 'sqlite' },
}: { processes?: number; database?: AntecknaDatabase } = {}): ServerAdapter {
  const storedStates = new Map<string, ReturnType<typeof antecknaStoredState>>();
  /** Data dirs whose demo data a start of their own has seeded (see start). */
  const seeded = new Set<string>();
  /** data dir → the run's Postgres database; made at the run's first start, kept for a restart. */
  const postgresRuns = new Map<string, PostgresRunDatabase>();
  const postgresFor = async (dataDir: string, serverUrl: string) => {
    let run = postgresRuns.get(dataDir);
    if (!run) postgresRuns.set(dataDir, (run = await createPostgresRunDatabase(serverUrl)));
    return run;
  };
  const startOne = (
    dataDir: string,
    port: number,
    nodeArgs: string[] | undefined,
    env: Record<string, string> = {},
  ) =>
    startServerProcess(
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
          ...env,
        },
      },
      port,
      (p) => isHealthy(`http://127.0.0.1:${p}`),
      READY_TIMEOUT_MS,
    );
  const membersOf = (server: ServerProcess) => (server as AntecknaCluster).members ?? [server];
  return {
    name: 'anteckna',
    unavailableReason: () =>
      fs.existsSync(serve.script)
        ? null
        : `${path.relative(repoRoot, serve.script)} is not built (npm run build --workspace @anteckna/server)`,
    async start(dataDir, port, nodeArgs) {
      const postgres =
        database.engine === 'postgres' ? await postgresFor(dataDir, database.serverUrl) : null;
      const env: Record<string, string> = postgres ? { ANTECKNA_DATABASE_URL: postgres.url } : {};
      if (!seeded.has(dataDir)) {
        // The first start on a data dir seeds the demo (people, bodies, meetings, attachment
        // PDFs). An operator's server does that once in its life; what the benchmark measures is
        // every later start, so the seeding process is stopped before the measured one starts.
        // Seeding leaves about 30 MB in the process that did it (pdfkit, the seed's writes).
        const seeding = await startOne(dataDir, port, undefined, env);
        await seeding.stop();
        seeded.add(dataDir);
      }
      const server =
        processes === 1
          ? await startOne(dataDir, port, nodeArgs, env)
          : await startAntecknaCluster(processes, port, (p, clusterEnv) =>
              startOne(dataDir, p, nodeArgs, { ...env, ...clusterEnv }),
            );
      if (!postgres) return server;
      return { ...server, stats: () => sumProcStats([server.stats(), postgres.backendStats()]) };
    },
    async release(dataDir) {
      seeded.delete(dataDir);
      const postgres = postgresRuns.get(dataDir);
      postgresRuns.delete(dataDir);
      for (const key of storedStates.keys())
        if (key.startsWith(`${dataDir}\n`)) storedStates.delete(key);
      if (!postgres) return;
      // The backends' share of the server's figures, over the whole run (set-up included).
      const backends = postgres.backendStats();
      process.stderr.write(
        `  Postgres backends of the run: ${backends.cpuSeconds.toFixed(2)} s CPU, ` +
          `peak private memory ${(backends.peakRssBytes / 1024 ** 2).toFixed(1)} MB\n`,
      );
      await postgres.drop();
    },
    async prepareRooms(server, count, slots) {
      const rooms = await prepareAntecknaRooms(server.port, count, slots);
      const ports = membersOf(server).map((m) => m.port);
      return ports.length === 1 ? rooms : dealOver(ports, rooms);
    },
    async isDurable({ dataDir, room, stateVector }) {
      const key = `${dataDir}\n${room}`;
      let stored = storedStates.get(key);
      if (!stored) {
        const postgres = postgresRuns.get(dataDir);
        const read = postgres ? postgres.readLog : sqliteLogReader(dataDir);
        storedStates.set(key, (stored = antecknaStoredState(read, room)));
      }
      return stored.covers(stateVector);
    },
    async gateTime(server) {
      const gates = await Promise.all(membersOf(server).map(gateTimeOf));
      return {
        totalMs: gates.reduce((sum, g) => sum + g.totalMs, 0),
        decisions: gates.reduce((sum, g) => sum + g.decisions, 0),
      };
    },
  };
}

async function gateTimeOf(server: ServerProcess): Promise<{ totalMs: number; decisions: number }> {
  const line = server.nextLine(METRICS_PREFIX, 5_000);
  process.kill(server.pid, 'SIGUSR2');
  const { gate } = JSON.parse((await line).slice(METRICS_PREFIX.length)) as {
    gate: { totalMs: number; decisions: number } | null;
  };
  if (!gate) throw new Error('the server was not started to measure its gate');
  return gate;
}

/**
 * The clients dealt over the processes two by two (the plan deals them one by one over the load
 * generators, so each generator gets clients of every process): as a load balancer without
 * stickiness would, people of one meeting end up on different processes.
 */
function dealOver(ports: number[], rooms: RoomSet): RoomSet {
  return {
    rooms: rooms.rooms,
    target(slot) {
      const target = rooms.target(slot);
      const port = ports[Math.floor(slot.id / 2) % ports.length]!;
      const at = (url: string) => url.replace(/127\.0\.0\.1:\d+/, `127.0.0.1:${port}`);
      return {
        ...target,
        serverUrl: at(target.serverUrl),
        headers: { ...target.headers, Origin: at(target.headers.Origin!) },
      };
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
