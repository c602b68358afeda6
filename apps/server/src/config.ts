import path from 'node:path';
import { parseTrustedProxies, type TrustedProxies } from './http/trustedProxy.ts';

/** Everything the server reads from its environment (CONTRACT "Running it"), read in one place. */
export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  /**
   * ANTECKNA_DATABASE_URL (postgres://…): everything the SQLite file held lives in this Postgres
   * database instead, and no SQLite file is written. Absent: SQLite in the data dir.
   */
  databaseUrl?: string;
  /** Seed the demo body into an empty database (never when NODE_ENV=production). */
  demo: boolean;
  production: boolean;
  /** Origins allowed on WebSocket upgrades besides the server's own address. */
  extraOrigins: string[];
  /** ANTECKNA_TRUST_PROXY: peers whose X-Forwarded-For / X-Forwarded-Proto are believed. */
  trustedProxies: TrustedProxies;
  sessionTtlHours: number;
  limits: CollabLimits;
  /**
   * ANTECKNA_BENCH_METRICS=1: time the write gate and print its total on SIGUSR2, for the
   * benchmark (docs/benchmarks.md). Off when absent.
   */
  benchMetrics?: boolean;
  /** ANTECKNA_REDIS_URL and its companions: several processes serving the same meetings. */
  redis?: RedisSettings;
}

/** docs/deploy.md: what each setting does. */
export interface RedisSettings {
  /** `redis://…` or `rediss://…` (TLS). */
  url: string;
  /** Prefix of every key and channel (ANTECKNA_REDIS_PREFIX): several deployments on one Redis. */
  keyPrefix: string;
  /**
   * How long a meeting's lease lasts unrenewed (ANTECKNA_LEASE_MS): the owner renews it every
   * third of this; after a crash, another process takes the meeting over at most this late.
   */
  leaseMs: number;
}

export interface CollabLimits {
  /** Above the largest legitimate full state (GATE.md: ~0.75 MB for 80,000 words). */
  maxMessageBytes: number;
  maxConnectionsPerUser: number;
  /** A connection that answers no ping within this time is dropped. */
  pingIntervalMs: number;
  /** Bytes of not-yet-decidable updates held per connection (GATE.md: 1 MiB worked). */
  pendingBufferBytes: number;
  pendingBufferMs: number;
  /**
   * Messages per connection as a token bucket: `messageBurst` at once, refilled at
   * `messagesPerSecond`. People type a few dozen messages a second at most (with presence), and a
   * paste or an offline reconnect is one message; thousands in a few seconds is a flood.
   */
  messagesPerSecond: number;
  messageBurst: number;
  /** A meeting's document may not grow past this (its encoded state); writes past it are refused. */
  maxDocumentBytes: number;
}

export function loadConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const production = env.NODE_ENV === 'production';
  return {
    port: parsePort(env.PORT),
    host: env.HOST || '127.0.0.1',
    // npm runs workspace scripts in the workspace's folder; INIT_CWD is where the user typed it.
    dataDir: path.resolve(env.INIT_CWD ?? process.cwd(), env.ANTECKNA_DATA_DIR || './data'),
    ...parseDatabaseUrl(env.ANTECKNA_DATABASE_URL),
    demo: env.ANTECKNA_DEMO !== '0' && !production,
    production,
    extraOrigins: (env.ANTECKNA_ALLOWED_ORIGINS ?? '').split(',').filter(Boolean),
    trustedProxies: parseTrustedProxies(env.ANTECKNA_TRUST_PROXY),
    sessionTtlHours: 12,
    limits: collabLimitsFromEnv(env),
    benchMetrics: env.ANTECKNA_BENCH_METRICS === '1',
    redis: redisFromEnv(env),
  };
}

function redisFromEnv(env: NodeJS.ProcessEnv): RedisSettings | undefined {
  const url = env.ANTECKNA_REDIS_URL;
  if (url === undefined || url === '') return undefined;
  if (!/^rediss?:\/\/./.test(url)) {
    throw new Error(`ANTECKNA_REDIS_URL must be a redis:// or rediss:// address, got "${url}"`);
  }
  const leaseMs = positiveNumber(env, 'ANTECKNA_LEASE_MS', 10_000);
  if (leaseMs < 1000) throw new Error(`ANTECKNA_LEASE_MS must be at least 1000, got "${leaseMs}"`);
  return { url, keyPrefix: env.ANTECKNA_REDIS_PREFIX || 'anteckna:', leaseMs };
}

export function defaultCollabLimits(): CollabLimits {
  return {
    maxMessageBytes: 16 * 1024 * 1024,
    maxConnectionsPerUser: 24,
    pingIntervalMs: 15_000,
    pendingBufferBytes: 1024 * 1024,
    pendingBufferMs: 10_000,
    messagesPerSecond: 200,
    messageBurst: 2000,
    maxDocumentBytes: 32 * 1024 * 1024,
  };
}

/** The defaults, with the limits an operator may set (README "Settings", docs/operations.md). */
function collabLimitsFromEnv(env: NodeJS.ProcessEnv): CollabLimits {
  const limits = defaultCollabLimits();
  return {
    ...limits,
    messagesPerSecond: positiveNumber(
      env,
      'ANTECKNA_MESSAGES_PER_SECOND',
      limits.messagesPerSecond,
    ),
    messageBurst: positiveNumber(env, 'ANTECKNA_MESSAGE_BURST', limits.messageBurst),
    maxDocumentBytes:
      positiveNumber(env, 'ANTECKNA_MAX_DOCUMENT_MB', limits.maxDocumentBytes / 1024 / 1024) *
      1024 *
      1024,
  };
}

function positiveNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0) {
    throw new Error(`${name} must be a positive number, got "${value}"`);
  }
  return parsed;
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value === '') return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer 0–65535, got "${value}"`);
  }
  return port;
}

function parseDatabaseUrl(value: string | undefined): { databaseUrl?: string } {
  if (!value) return {};
  if (!/^postgres(ql)?:\/\//.test(value))
    throw new Error('ANTECKNA_DATABASE_URL must be a postgres:// URL');
  return { databaseUrl: value };
}
