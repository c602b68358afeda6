import { spawn, type ChildProcess } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import net from 'node:net';
import { Redis } from 'ioredis';

/**
 * The Redis the integration tests of several processes run against (ANTECKNA_TEST_REDIS_URL;
 * `.ci/run` starts one). Unset on a developer's machine, those tests are skipped with the reason
 * in their name; unset in CI (CI=true), `missingInCi` fails.
 */
export const testRedisUrl = process.env.ANTECKNA_TEST_REDIS_URL || undefined;
export const missingInCi = !testRedisUrl && process.env.CI === 'true';
export const redisSkipNote = testRedisUrl ? '' : ' (skipped: ANTECKNA_TEST_REDIS_URL is not set)';

/** A key prefix of this test's own, so parallel runs never share a lease or a counter. */
export function testKeyPrefix(): string {
  return `anteckna-test-${randomUUID()}:`;
}

/** Deletes every key under a test's prefix. */
export async function deleteTestKeys(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true });
  await redis.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}

/** A free TCP port on the loopback (listened on and closed at once). */
export async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

export interface PrivateRedis {
  url: string;
  /** Kills it (SIGKILL): the connection is lost as in a crash. */
  kill(): Promise<void>;
  /** Starts it again on the same port, empty. */
  restart(): Promise<void>;
}

/**
 * A Redis of the test's own (Debian's redis-server, which `.ci/run` installs), for tests that take
 * it away: the shared one stays up for everyone else.
 */
export async function startPrivateRedis(port: number): Promise<PrivateRedis> {
  let child: ChildProcess;
  const start = async () => {
    child = spawn(
      'redis-server',
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      { stdio: 'ignore' },
    );
    const url = `redis://127.0.0.1:${port}`;
    const deadline = Date.now() + 10_000;
    for (;;) {
      const probe = new Redis(url, { lazyConnect: true, retryStrategy: () => null });
      probe.on('error', () => undefined); // not up yet: tried again below
      try {
        await probe.connect();
        await probe.ping();
        return;
      } catch (error) {
        if (Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50));
      } finally {
        probe.disconnect();
      }
    }
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    async kill() {
      if (child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGKILL');
      await exited;
    },
    restart: start,
  };
}
