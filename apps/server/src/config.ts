import path from 'node:path';

/** Everything the server reads from its environment (CONTRACT "Running it"), read in one place. */
export interface ServerConfig {
  port: number;
  host: string;
  dataDir: string;
  /** Seed the demo body into an empty database (never when NODE_ENV=production). */
  demo: boolean;
  production: boolean;
  /** Origins allowed on WebSocket upgrades besides the server's own address. */
  extraOrigins: string[];
  sessionTtlHours: number;
  limits: CollabLimits;
  /**
   * ANTECKNA_BENCH_METRICS=1: time the write gate and print its total on SIGUSR2, for the
   * benchmark (docs/benchmarks.md). Off when absent.
   */
  benchMetrics?: boolean;
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
}

export function loadConfig(env: NodeJS.ProcessEnv): ServerConfig {
  const production = env.NODE_ENV === 'production';
  return {
    port: parsePort(env.PORT),
    host: env.HOST || '127.0.0.1',
    // npm runs workspace scripts in the workspace's folder; INIT_CWD is where the user typed it.
    dataDir: path.resolve(env.INIT_CWD ?? process.cwd(), env.ANTECKNA_DATA_DIR || './data'),
    demo: env.ANTECKNA_DEMO !== '0' && !production,
    production,
    extraOrigins: (env.ANTECKNA_ALLOWED_ORIGINS ?? '').split(',').filter(Boolean),
    sessionTtlHours: 12,
    limits: defaultCollabLimits(),
    benchMetrics: env.ANTECKNA_BENCH_METRICS === '1',
  };
}

export function defaultCollabLimits(): CollabLimits {
  return {
    maxMessageBytes: 16 * 1024 * 1024,
    maxConnectionsPerUser: 24,
    pingIntervalMs: 15_000,
    pendingBufferBytes: 1024 * 1024,
    pendingBufferMs: 10_000,
  };
}

function parsePort(value: string | undefined): number {
  if (value === undefined || value === '') return 3000;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`PORT must be an integer 0–65535, got "${value}"`);
  }
  return port;
}
