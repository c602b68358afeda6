import { randomBytes } from 'node:crypto';
import os from 'node:os';
import type { Redis } from 'ioredis';
import type { RedisSettings } from '../config.ts';
import { StartupFailure } from '../startup/startupFailure.ts';

/**
 * This process's two connections to Redis: commands (leases, counters, publishing), and a
 * subscriber, which Redis reserves for receiving once it subscribes. Each process has a channel
 * of its own, named by its id, and all share one for what every process must hear.
 */
export interface RedisLink {
  readonly processId: string;
  readonly keyPrefix: string;
  readonly commands: Redis;
  readonly subscriber: Redis;
  /** The channel another process publishes to for this one. */
  channelOf(processId: string): string;
  readonly everyone: string;
  /** Messages on this process's channel and the shared one, as raw bytes. */
  onMessage(listener: (bytes: Buffer) => void): void;
  /** Both connections are up. */
  isReady(): boolean;
  /** Called with true when both connections are up again, false when one is lost. */
  onReadyChange(listener: (ready: boolean) => void): void;
  quit(): Promise<void>;
}

const CONNECT_TIMEOUT_MS = 5000;

/**
 * Connects and subscribes, or fails with one line (`redis_unreachable`, its own exit code):
 * a process that cannot coordinate must not serve meetings another process may be serving.
 */
export async function connectRedis(settings: RedisSettings): Promise<RedisLink> {
  const processId = `${os.hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`;
  const options = {
    lazyConnect: true,
    connectTimeout: CONNECT_TIMEOUT_MS,
    // Commands fail at once while the connection is down, instead of queueing: a write waiting on
    // a lease must be refused (and retried by its client), not held for an unknown time.
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    // Reconnects forever, at most every 2 s: the process recovers when Redis returns.
    retryStrategy: (times: number) => Math.min(times * 100, 2000),
  };
  // Loaded here, not at the top: the client library costs a restart about 90 ms of CPU and 25 MB,
  // and only a process that coordinates through Redis uses it (docs/benchmarks.md, Start-up).
  const ioredis = await import('ioredis');
  const commands = new ioredis.Redis(settings.url, options);
  // The subscriber queues its SUBSCRIBE until connected, so it resubscribes after a reconnect.
  const subscriber = new ioredis.Redis(settings.url, { ...options, enableOfflineQueue: true });
  const channelOf = (id: string) => `${settings.keyPrefix}process:${id}`;
  const everyone = `${settings.keyPrefix}everyone`;
  const readyListeners: Array<(ready: boolean) => void> = [];
  let ready = false;
  const update = () => {
    const now = commands.status === 'ready' && subscriber.status === 'ready';
    if (now === ready) return;
    ready = now;
    for (const listener of readyListeners) listener(now);
  };
  let lastError = '';
  for (const client of [commands, subscriber]) {
    client.on('ready', update);
    client.on('close', update);
    client.on('end', update);
    // ioredis reports every failed reconnect; the ready-change log says what matters once.
    client.on('error', (error: Error) => (lastError = error.message));
  }
  try {
    await Promise.all([commands.connect(), subscriber.connect()]);
    await subscriber.subscribe(channelOf(processId), everyone);
  } catch (error) {
    commands.disconnect();
    subscriber.disconnect();
    throw new StartupFailure(
      'redis_unreachable',
      `cannot reach Redis at ${redactUrl(settings.url)} (${lastError || (error as Error).message}): start it or fix ANTECKNA_REDIS_URL`,
    );
  }
  update();
  return {
    processId,
    keyPrefix: settings.keyPrefix,
    commands,
    subscriber,
    channelOf,
    everyone,
    onMessage(listener) {
      subscriber.on('messageBuffer', (_channel: Buffer, message: Buffer) => listener(message));
    },
    isReady: () => ready,
    onReadyChange: (listener) => void readyListeners.push(listener),
    async quit() {
      await Promise.allSettled([commands.quit(), subscriber.quit()]);
    },
  };
}

/** The address without its password, for a log line. */
function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return 'the configured address';
  }
}
