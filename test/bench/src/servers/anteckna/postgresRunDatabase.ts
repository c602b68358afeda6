import { randomUUID } from 'node:crypto';
import pg from 'pg';
import { BenchError } from '../../run/benchError.ts';
import { readProcStats, type ProcStats } from '../procStats.ts';
import type { StoredLogReader } from './antecknaDurability.ts';

/** The harness's own connections say so, to be left out of the server's Postgres backends. */
const BENCH_APPLICATION = 'anteckna-bench';
/**
 * How often the backends serving the run are looked up. The server's pool closes a connection
 * only after it has been idle for seconds, so a backend's CPU is never missed by more than what
 * it used in its last idle moments.
 */
const BACKEND_POLL_MS = 200;

/**
 * A database of the run's own on the Postgres server the operator named
 * (`ANTECKNA_BENCH_POSTGRES_URL`, a role allowed to CREATE DATABASE): created empty for one run,
 * read for the durability check, its backends measured, and dropped after the run.
 */
export interface PostgresRunDatabase {
  /** What Anteckna's processes get as `ANTECKNA_DATABASE_URL`. */
  url: string;
  readLog: StoredLogReader;
  /**
   * The CPU (user + system) of every Postgres backend that has served the run's database so
   * far, those that have exited included, and their private memory (RssAnon: the shared buffers
   * are the server's cache, counted by no backend).
   */
  backendStats(): ProcStats;
  drop(): Promise<void>;
}

export async function createPostgresRunDatabase(serverUrl: string): Promise<PostgresRunDatabase> {
  const name = `anteckna_bench_${randomUUID().replaceAll('-', '')}`;
  const admin = new pg.Client({ connectionString: serverUrl, application_name: BENCH_APPLICATION });
  admin.on('error', () => {
    // The server went away: the next query fails and says so.
  });
  try {
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
  } catch (error) {
    await admin.end().catch(() => undefined);
    const reason = error instanceof Error ? error.message : String(error);
    throw new BenchError(
      `could not create the run's database on ANTECKNA_BENCH_POSTGRES_URL (${reason})`,
      undefined,
      undefined,
      { cause: error },
    );
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  const reader = new pg.Pool({
    connectionString: url.toString(),
    application_name: BENCH_APPLICATION,
    max: 1,
  });
  reader.on('error', () => {
    // An idle connection lost (the database dropped): the pool replaces it if asked again.
  });
  const backends = backendMeter(admin, name);
  return {
    url: url.toString(),
    readLog: (meetingId, afterSeq) => readLog(reader, meetingId, afterSeq),
    backendStats: backends.stats,
    async drop() {
      await backends.stop();
      await reader.end();
      try {
        await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await admin.end();
      }
    },
  };
}

async function readLog(
  reader: pg.Pool,
  meetingId: string,
  afterSeq: number,
): ReturnType<StoredLogReader> {
  try {
    const state = await reader.query<{ state: Uint8Array; upToSeq: number }>(
      'SELECT state, up_to_seq AS "upToSeq" FROM doc_states WHERE meeting_id = $1',
      [meetingId],
    );
    const rows = await reader.query<{ seq: number; bytes: Uint8Array }>(
      'SELECT seq, "update" AS bytes FROM doc_updates WHERE meeting_id = $1 AND seq > $2 ORDER BY seq',
      [meetingId, afterSeq],
    );
    return { state: state.rows[0], rows: rows.rows };
  } catch (error) {
    // Before the first process has migrated the database its tables are not there yet.
    if ((error as { code?: string }).code === '42P01') return null;
    throw error;
  }
}

/**
 * Follows the backends of one database by their process ids (pg_stat_activity) and adds up their
 * /proc figures: a backend that exits keeps the CPU it was last seen with.
 */
function backendMeter(
  admin: pg.Client,
  database: string,
): { stats(): ProcStats; stop(): Promise<void> } {
  const live = new Map<number, ProcStats>();
  let exitedCpuSeconds = 0;
  let peakRssBytes = 0;
  let stopped = false;
  let failure: unknown = null;
  const measure = (): ProcStats => {
    if (failure !== null) throw failure;
    for (const [pid, last] of live) {
      const now = readProcStats(pid, { privateMemory: true });
      if (now) live.set(pid, now);
      else {
        exitedCpuSeconds += last.cpuSeconds;
        live.delete(pid);
      }
    }
    const present = [...live.values()];
    const rssBytes = present.reduce((total, s) => total + s.rssBytes, 0);
    peakRssBytes = Math.max(peakRssBytes, rssBytes);
    const cpuSeconds = exitedCpuSeconds + present.reduce((total, s) => total + s.cpuSeconds, 0);
    return { cpuSeconds, rssBytes, peakRssBytes, databaseCpuSeconds: cpuSeconds };
  };
  const poll = async () => {
    while (!stopped) {
      const { rows } = await admin.query<{ pid: number }>(
        'SELECT pid FROM pg_stat_activity WHERE datname = $1 AND application_name <> $2',
        [database, BENCH_APPLICATION],
      );
      // A backend gone from the list is followed until its process has exited (measure()).
      for (const { pid } of rows) {
        if (live.has(pid)) continue;
        const first = readProcStats(pid, { privateMemory: true });
        if (first) live.set(pid, first);
      }
      measure();
      await new Promise((resolve) => setTimeout(resolve, BACKEND_POLL_MS));
    }
  };
  // Without the list the CPU of new backends would be missed: the next figure asked for fails.
  const polling = poll().catch((error: unknown) => {
    failure = error;
  });
  return {
    stats: measure,
    async stop() {
      stopped = true;
      await polling;
    },
  };
}
