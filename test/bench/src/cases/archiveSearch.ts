import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { ARCHIVE_LOGINS, buildArchive, type BuiltArchive } from '../archive/buildArchive.ts';
import { createArchiveWriter } from '../archive/archiveMinutes.ts';
import { archiveQueries, QUERY_KINDS, type ArchiveQuery } from '../archive/archiveQueries.ts';
import { loadSeedVocabulary, type SeedVocabulary } from '../archive/seedVocabulary.ts';
import { BenchError } from '../run/benchError.ts';
import type { ArchiveFigures, EndpointLatency } from '../scenarios/figures.ts';
import type { ArchiveParams } from '../scenarios/scenarioParams.ts';
import { loginDemo } from '../servers/anteckna/antecknaHttp.ts';
import { ANTECKNA_DATABASE_FILE, benchRoot } from '../servers/benchPaths.ts';
import { serveCommand } from '../servers/anteckna/serveCommand.ts';
import { findFreePort } from '../servers/freePort.ts';
import { answersHttp, startServerProcess } from '../servers/serverProcess.ts';
import { LatencyHistogram } from '../stats/latencyHistogram.ts';

const READY_TIMEOUT_MS = 180_000;
/** Untimed rounds first: the server's statements prepared, its pages in the OS cache. */
const WARMUP_ROUNDS = 20;
const MB = 1024 * 1024;

type EndpointName = 'search' | 'searchOneBody' | 'decisions' | 'decisionsFiltered' | 'publicSearch';

/**
 * An archive of `bodies` × `years` × `meetingsPerYear` meetings built through the import CLI
 * (archive/buildArchive.ts), then the production server on it, measured over HTTP with real
 * sessions: search as the secretary of every body and as a member of one, the decision register
 * of one body (unfiltered and filtered), public search; then the index's size on disk. The
 * endpoints take turns, request by request, so that the machine's ups and downs hit them alike.
 */
export async function measureArchive(params: ArchiveParams): Promise<ArchiveFigures> {
  const vocabulary = loadSeedVocabulary();
  // Built where commits cost no disk flush when the machine has such a place (the import's
  // durability is not what is measured here), then measured from an ordinary disk.
  const buildRoot = fs.existsSync('/dev/shm') ? '/dev/shm' : os.tmpdir();
  const buildDir = fs.mkdtempSync(path.join(buildRoot, 'anteckna-bench-archive-build-'));
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'anteckna-bench-archive-'));
  try {
    const built = await buildArchive(buildDir, params, vocabulary);
    if (built.imported === 0) throw new BenchError('the import CLI brought in no meeting');
    fs.cpSync(buildDir, dataDir, { recursive: true });
    fs.rmSync(buildDir, { recursive: true, force: true });

    return await measureArchiveServer(dataDir, built, params, vocabulary);
  } finally {
    fs.rmSync(buildDir, { recursive: true, force: true });
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

/**
 * The production server on a data dir holding the archive, measured over HTTP; then the sizes on
 * disk, once the server has closed the database.
 */
export async function measureArchiveServer(
  dataDir: string,
  built: BuiltArchive,
  params: ArchiveParams,
  vocabulary: SeedVocabulary,
  nodeArgs: string[] = [],
): Promise<ArchiveFigures> {
  const port = await findFreePort();
  // As `npm start` runs it (the serve script's node options), like the other Anteckna runs.
  const serve = serveCommand();
  const server = await startServerProcess(
    {
      script: serve.script,
      nodeArgs: [...serve.nodeArgs, ...nodeArgs],
      cwd: benchRoot,
      env: { ANTECKNA_DATA_DIR: dataDir, ANTECKNA_DEMO: '0' },
    },
    port,
    (p) => answersHttp(`http://127.0.0.1:${p}/api/health`),
    READY_TIMEOUT_MS,
  );
  let measured: Awaited<ReturnType<typeof measureEndpoints>>;
  let peakRss = 0;
  try {
    const first = built.bodies[0]!;
    const queries = archiveQueries(vocabulary, createArchiveWriter(vocabulary), first.body);
    const serverCpuSeconds = () => server.stats()?.cpuSeconds ?? 0;
    measured = await measureEndpoints(
      `http://127.0.0.1:${port}`,
      params.requests,
      serverCpuSeconds,
      {
        queries,
        bodyId: first.id,
        years: Array.from({ length: params.years }, (_, index) => built.firstYear + index),
        targets: built.bodies.slice(1).map(({ body }) => body.callName),
      },
    );
    peakRss = server.stats()?.peakRssBytes ?? 0;
  } finally {
    await server.stop();
  }
  return {
    kind: 'archive',
    bodies: params.bodies,
    years: params.years,
    meetings: built.imported,
    failedImports: built.failed,
    textMb: built.textBytes / MB,
    buildSeconds: built.buildSeconds,
    registerClauses: measured.registerClauses,
    ...measured.endpoints,
    searchP95ByKind: measured.searchP95ByKind,
    ...sizesOnDisk(dataDir),
    serverPeakRssMb: peakRss / MB,
  };
}

interface Workload {
  queries: ArchiveQuery[];
  bodyId: string;
  years: number[];
  /** Receiving bodies a forward may name. */
  targets: string[];
}

async function measureEndpoints(
  base: string,
  requests: number,
  serverCpuSeconds: () => number,
  work: Workload,
) {
  const secretary = await loginDemo(base, ARCHIVE_LOGINS.secretary);
  const member = await loginDemo(base, ARCHIVE_LOGINS.member);
  const q = (index: number) => work.queries[index % work.queries.length]!;
  const search = (index: number) => `/api/search?q=${encodeURIComponent(q(index).q)}`;
  const filters = [
    ...work.years.map((year) => `year=${year}`),
    'type=task',
    'type=forward',
    'type=approve',
    ...work.targets.map((target) => `target=${encodeURIComponent(target)}`),
  ];
  const endpoints: Record<EndpointName, (index: number) => { path: string; cookie?: string }> = {
    search: (index) => ({ path: search(index), cookie: secretary }),
    searchOneBody: (index) => ({ path: search(index), cookie: member }),
    decisions: () => ({ path: `/api/bodies/${work.bodyId}/decisions`, cookie: member }),
    decisionsFiltered: (index) => ({
      path: `/api/bodies/${work.bodyId}/decisions?${filters[index % filters.length]!}`,
      cookie: member,
    }),
    publicSearch: (index) => ({
      path: `/api/public/search?q=${encodeURIComponent(q(index).q)}`,
    }),
  };
  const names = Object.keys(endpoints) as EndpointName[];
  const histograms = new Map(names.map((name) => [name, new LatencyHistogram()]));
  const withResults = new Map(names.map((name) => [name, 0]));
  const byKind = new Map(QUERY_KINDS.map((kind) => [kind, new LatencyHistogram()]));
  let registerClauses = 0;
  const get = async (name: EndpointName, round: number) => {
    const { path: url, cookie } = endpoints[name](round);
    const started = performance.now();
    const response = await fetch(`${base}${url}`, { headers: cookie ? { cookie } : {} });
    const text = await response.text();
    const ms = performance.now() - started;
    if (response.status !== 200)
      throw new BenchError(`GET ${url} answered ${response.status}: ${text.slice(0, 300)}`);
    return { text, ms };
  };
  const rounds = WARMUP_ROUNDS + requests;
  for (let round = 0; round < rounds; round++) {
    const timed = round >= WARMUP_ROUNDS;
    for (const name of names) {
      const { text, ms } = await get(name, round);
      if (!timed) continue;
      histograms.get(name)!.record(ms);
      if (name === 'search') byKind.get(q(round).kind)!.record(ms);
      const body = JSON.parse(text) as { hits?: unknown[]; decisions?: unknown[] };
      const results = (body.hits ?? body.decisions ?? []).length;
      if (results > 0) withResults.set(name, withResults.get(name)! + 1);
      if (name === 'decisions') registerClauses = results;
    }
  }
  // The server's own CPU time per request, endpoint by endpoint (each run on its own, as the
  // kernel counts a process's time only as a whole): what a request costs on an idle core,
  // whatever else the machine is doing.
  const cpuMs = new Map<EndpointName, number>();
  for (const name of names) {
    const before = serverCpuSeconds();
    for (let round = 0; round < requests; round++) await get(name, round);
    cpuMs.set(name, ((serverCpuSeconds() - before) * 1000) / requests);
  }
  const latency = (name: EndpointName): EndpointLatency => {
    const histogram = histograms.get(name)!;
    return {
      requests: histogram.count,
      p50Ms: histogram.quantile(0.5) ?? 0,
      p95Ms: histogram.quantile(0.95) ?? 0,
      p99Ms: histogram.quantile(0.99) ?? 0,
      maxMs: histogram.maxMs,
      answeredWithResults: withResults.get(name)!,
      serverCpuMs: cpuMs.get(name)!,
    };
  };
  return {
    registerClauses,
    endpoints: Object.fromEntries(names.map((name) => [name, latency(name)])) as Record<
      EndpointName,
      EndpointLatency
    >,
    searchP95ByKind: Object.fromEntries(
      [...byKind].map(([kind, histogram]) => [kind, histogram.quantile(0.95) ?? 0]),
    ),
  };
}

/** Page sizes by table from SQLite's dbstat, once the server has closed the database. */
function sizesOnDisk(dataDir: string) {
  const file = path.join(dataDir, ANTECKNA_DATABASE_FILE);
  const db = new Database(file, { readonly: true });
  try {
    const bytes = (pattern: string) =>
      (
        db
          .prepare('SELECT coalesce(sum(pgsize), 0) AS bytes FROM dbstat WHERE name LIKE ?')
          .get(pattern) as { bytes: number }
      ).bytes;
    return {
      ftsIndexMb: bytes('search_text%') / MB,
      searchRowsMb: bytes('search_rows%') / MB,
      registerMb: bytes('register_clauses%') / MB,
      databaseMb:
        (fs.statSync(file).size +
          (fs.statSync(`${file}-wal`, { throwIfNoEntry: false })?.size ?? 0)) /
        MB,
    };
  } finally {
    db.close();
  }
}
