import path from 'node:path';
import { ARCHIVE_BODIES } from '../archive/archiveBodies.ts';
import type { BenchOptions } from '../run/benchOptions.ts';
import {
  defaultParams,
  quickParams,
  SCENARIO_NAMES,
  type ScenarioName,
  type ScenarioParams,
} from '../scenarios/scenarioParams.ts';
import { SERVER_NAMES, type AntecknaDatabase, type ServerName } from '../servers/serverAdapter.ts';

/** The Postgres server `--database=postgres` makes each run's database on. */
export const BENCH_POSTGRES_URL_ENV = 'ANTECKNA_BENCH_POSTGRES_URL';

export const USAGE = `Usage: npm run bench -- [scenario …] [options]

Scenarios: ${SCENARIO_NAMES.join(', ')} (default: all)
  gate, pdf, import and archive are Anteckna's own figures (its write gate per keystroke, large
  minutes to PDF, importing legacy minutes, search and registers over an archive of 1,100
  meetings), measured without a peer whenever anteckna is among the servers.
  --servers=a,b          servers to run: ${SERVER_NAMES.join(', ')} (default: all)
  --reps=N               repetitions of every scenario on every server (default 3; 1 with --quick)
                         (--repetitions=N says the same)
  --quick                every scenario briefly, to prove the harness works
  --json                 print the results as JSON on stdout (progress goes to stderr)
  --duration=S           length of every live scenario in seconds, warm-up included
  --generators=N         load-generator processes per live run (default 2)
  --probes=N             probe readers in their own process (default 2)
  --port=N               start every server on this port instead of a free one
  --processes=N          run Anteckna as N processes on one data dir and a Redis of their own
                         (redis-server), clients dealt over them; live scenarios only
  --database=sqlite|postgres
                         Anteckna's database (default sqlite: the data dir's file). postgres: a
                         database of each run's own on the Postgres server that
                         ${BENCH_POSTGRES_URL_ENV} names (postgres://…, a role allowed
                         to CREATE DATABASE), dropped after the run; its backends' CPU counts as
                         the server's. Scenarios meeting, rooms, crowd, bigdoc only
  --run-timeout=S        time bound of every single run
  --profile-dir=DIR      write a CPU profile of Anteckna's server in each run to DIR
                         (node --cpu-prof; written when the server stops, so not for a crash)
  --<scenario>.<param>=V one scenario's size, e.g. --crowd.clientsPerRoom=100 --bigdoc.updates=20000
                         live params: rooms clientsPerRoom writersPerRoom editsPerSecond
                         cursorMovesPerSecond durationS warmupS; bigdoc: sections updates;
                         gate: measured smallUpdates; pdf: items words renders;
                         import: repeats archive; archive: bodies years meetingsPerYear requests`;

export class UsageError extends Error {}

export function parseBenchArgs(
  argv: string[],
  env: Record<string, string | undefined> = process.env,
): BenchOptions | 'help' {
  const flags = new Map<string, string>();
  const scenarios: ScenarioName[] = [];
  for (const arg of argv) {
    if (arg === '--help' || arg === '-h') return 'help';
    if (arg.startsWith('--')) {
      const [key, value = 'true'] = splitOnce(arg.slice(2), '=');
      flags.set(key, value);
    } else if ((SCENARIO_NAMES as readonly string[]).includes(arg)) {
      scenarios.push(arg as ScenarioName);
    } else {
      throw new UsageError(`unknown scenario "${arg}"`);
    }
  }
  const quick = takeFlag(flags, 'quick') === 'true';
  const params = quick ? quickParams() : defaultParams();
  const options: BenchOptions = {
    scenarios: scenarios.length > 0 ? scenarios : [...SCENARIO_NAMES],
    servers: parseServers(takeFlag(flags, 'servers')),
    repetitions: positiveInt(
      takeFlag(flags, 'reps') ?? takeFlag(flags, 'repetitions') ?? (quick ? '1' : '3'),
      'reps',
    ),
    params,
    generators: positiveInt(takeFlag(flags, 'generators') ?? '2', 'generators'),
    probes: positiveInt(takeFlag(flags, 'probes') ?? '2', 'probes'),
    port: optional(takeFlag(flags, 'port'), (v) => positiveInt(v, 'port')),
    runTimeoutS: optional(takeFlag(flags, 'run-timeout'), (v) => positiveNumber(v, 'run-timeout')),
    quick,
    profileDir: optional(takeFlag(flags, 'profile-dir'), (v) => path.resolve(v)),
    json: takeFlag(flags, 'json') === 'true',
    antecknaProcesses: positiveInt(takeFlag(flags, 'processes') ?? '1', 'processes'),
    antecknaDatabase: parseDatabase(takeFlag(flags, 'database'), env),
  };
  const live = ['meeting', 'rooms', 'crowd'];
  if (options.antecknaProcesses > 1 && options.scenarios.some((s) => !live.includes(s)))
    throw new UsageError(`--processes: name only live scenarios (${live.join(', ')})`);
  if (options.antecknaDatabase.engine === 'postgres') {
    // Anteckna's own cases run without a server, on no database: their figures would not be
    // Postgres's.
    const withServer = [...live, 'bigdoc'];
    if (options.scenarios.some((s) => !withServer.includes(s)))
      throw new UsageError(`--database=postgres: name only ${withServer.join(', ')}`);
    if (!options.servers.includes('anteckna'))
      throw new UsageError('--database=postgres: is for anteckna; name it in --servers');
  }
  const duration = takeFlag(flags, 'duration');
  if (duration !== undefined) {
    for (const name of ['meeting', 'rooms', 'crowd'] as const)
      params[name].durationS = positiveNumber(duration, 'duration');
  }
  for (const [key, value] of flags) applyOverride(params, key, value);
  for (const name of ['meeting', 'rooms', 'crowd'] as const) {
    const live = params[name];
    if (live.rooms < 1 || live.clientsPerRoom < 1)
      throw new UsageError(`${name}: needs at least one room and client`);
    if (live.warmupS >= live.durationS)
      throw new UsageError(`${name}: warmupS must be shorter than durationS`);
    if (live.writersPerRoom > live.clientsPerRoom)
      throw new UsageError(`${name}: more writers than clients`);
  }
  const bigdoc = params.bigdoc;
  if (bigdoc.sections < 1 || bigdoc.updates < 1)
    throw new UsageError('bigdoc: needs at least one section and update');
  if (params.gate.measured < 1) throw new UsageError('gate: needs at least one measured update');
  if (params.pdf.items < 1 || params.pdf.renders < 1)
    throw new UsageError('pdf: needs at least one item and one render');
  const archive = params.archive;
  if (archive.bodies < 1 || archive.bodies > ARCHIVE_BODIES.length)
    throw new UsageError(`archive: between 1 and ${ARCHIVE_BODIES.length} bodies`);
  if (archive.years < 1 || archive.meetingsPerYear < 1 || archive.meetingsPerYear > 11)
    throw new UsageError('archive: at least one year, and 1 to 11 meetings a year');
  if (archive.requests < 1) throw new UsageError('archive: needs at least one request');
  return options;
}

function applyOverride(params: ScenarioParams, key: string, value: string): void {
  const [scenario, param] = splitOnce(key, '.');
  const group = (params as unknown as Record<string, Record<string, number> | undefined>)[scenario];
  if (!group || param === undefined || !(param in group))
    throw new UsageError(`unknown option --${key}`);
  const fractional = param.endsWith('S') || param.endsWith('PerSecond');
  group[param] = fractional ? nonNegativeNumber(value, key) : nonNegativeInt(value, key);
}

function parseDatabase(
  value: string | undefined,
  env: Record<string, string | undefined>,
): AntecknaDatabase {
  if (value === undefined || value === 'sqlite') return { engine: 'sqlite' };
  if (value !== 'postgres')
    throw new UsageError(`--database must be sqlite or postgres, got "${value}"`);
  const serverUrl = env[BENCH_POSTGRES_URL_ENV] ?? '';
  if (!/^postgres(ql)?:\/\//.test(serverUrl))
    throw new UsageError(
      `--database=postgres needs ${BENCH_POSTGRES_URL_ENV}=postgres://user:password@host:port/db, ` +
        `a Postgres server where that role may CREATE DATABASE (${serverUrl ? `got "${serverUrl}"` : 'it is unset'})`,
    );
  return { engine: 'postgres', serverUrl };
}

function parseServers(value: string | undefined): ServerName[] {
  if (value === undefined) return [...SERVER_NAMES];
  const names = value.split(',').filter(Boolean);
  for (const name of names) {
    if (!(SERVER_NAMES as readonly string[]).includes(name))
      throw new UsageError(`unknown server "${name}"`);
  }
  if (names.length === 0) throw new UsageError('--servers names no server');
  return names as ServerName[];
}

function takeFlag(flags: Map<string, string>, key: string): string | undefined {
  const value = flags.get(key);
  flags.delete(key);
  return value;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at === -1 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

function optional<T>(value: string | undefined, parse: (v: string) => T): T | null {
  return value === undefined ? null : parse(value);
}

function positiveNumber(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0)
    throw new UsageError(`--${name} must be a positive number, got "${value}"`);
  return n;
}

function nonNegativeNumber(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0)
    throw new UsageError(`--${name} must be a number ≥ 0, got "${value}"`);
  return n;
}

function positiveInt(value: string, name: string): number {
  const n = positiveNumber(value, name);
  if (!Number.isInteger(n))
    throw new UsageError(`--${name} must be a whole number, got "${value}"`);
  return n;
}

function nonNegativeInt(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0)
    throw new UsageError(`--${name} must be a whole number ≥ 0, got "${value}"`);
  return n;
}
