import { spawn } from 'node:child_process';
import net from 'node:net';
import { pollUntil } from '../../run/benchError.ts';
import { own, stopProcess } from '../../run/ownedProcesses.ts';
import { findFreePort } from '../freePort.ts';
import { readProcStats, sumProcStats } from '../procStats.ts';
import type { ServerProcess } from '../serverProcess.ts';

/**
 * Anteckna as several processes behind no load balancer at all (docs/deploy.md): the same data
 * dir (and the same database: its SQLite file, or the run's Postgres database), a Redis of the
 * run's own, and the clients dealt over the processes. Measured as one server: the CPU and
 * memory of every process and of Redis added up (and of the Postgres backends, added by the
 * adapter), so that a figure per edit counts all the work the cluster does for it.
 */
export interface AntecknaCluster extends ServerProcess {
  members: ServerProcess[];
}

export async function startAntecknaCluster(
  processes: number,
  port: number,
  start: (port: number, env: Record<string, string>) => Promise<ServerProcess>,
): Promise<AntecknaCluster> {
  const redisPort = await findFreePort();
  const redis = own(
    spawn(
      'redis-server',
      ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    ),
  );
  await pollUntil(() => accepts(redisPort), `redis-server on port ${redisPort}`, 10_000);
  const env = {
    ANTECKNA_REDIS_URL: `redis://127.0.0.1:${redisPort}`,
    ANTECKNA_REDIS_PREFIX: 'bench:',
  };
  const members: ServerProcess[] = [];
  try {
    // One after the other: the first seeds the demo data, the others find it there.
    for (let i = 0; i < processes; i++)
      members.push(await start(i === 0 ? port : await findFreePort(), env));
  } catch (error) {
    await Promise.all(members.map((m) => m.stop()));
    await stopProcess(redis);
    throw error;
  }
  const first = members[0]!;
  return {
    ...first,
    members,
    stats: () => sumProcStats([...members.map((m) => m.stats()), readProcStats(redis.pid!)]),
    outputTail: () => members.map((m, i) => `[process ${i + 1}]\n${m.outputTail()}`).join('\n'),
    async stop() {
      await Promise.all(members.map((m) => m.stop()));
      await stopProcess(redis);
    },
    async crash() {
      await Promise.all(members.map((m) => m.crash()));
      await stopProcess(redis);
    },
  };
}

async function accepts(port: number): Promise<true | null> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(true)));
    socket.once('error', () => resolve(null));
  });
}
