import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runBigdocScenario } from '../scenarios/bigdocScenario.ts';
import type { ScenarioFigures } from '../scenarios/figures.ts';
import { runLiveScenario } from '../scenarios/liveScenario.ts';
import { GeneratorHandle } from '../load/generatorHandle.ts';
import type { RunContext } from '../scenarios/runContext.ts';
import type { ServerScenarioName } from '../scenarios/scenarioParams.ts';
import { assertPortFree, findFreePort } from '../servers/freePort.ts';
import type { ServerAdapter } from '../servers/serverAdapter.ts';
import type { ServerProcess } from '../servers/serverProcess.ts';
import { BenchError, withDeadline } from './benchError.ts';
import type { BenchOptions } from './benchOptions.ts';
import { killAllOwned } from './ownedProcesses.ts';

/**
 * One scenario on one server: a fresh process on an empty data dir, the scenario within its time
 * bound, then the server stopped and its data removed. On any failure everything the harness
 * started is killed and the error names the server and the scenario.
 */
export async function runOne(
  adapter: ServerAdapter,
  scenario: ServerScenarioName,
  options: BenchOptions,
  log: (line: string) => void,
): Promise<ScenarioFigures> {
  const dataDir = await fs.mkdtemp(path.join(os.tmpdir(), `bench-${adapter.name}-`));
  let current: ServerProcess | null = null;
  try {
    const port = options.port ?? (await findFreePort());
    if (options.port !== null) await assertPortFree(port);
    const startAt = Date.now();
    // The client processes load their code while the server starts: neither waits for the other.
    const clients = spawnClientProcesses(scenario, options);
    const nodeArgs = serverNodeArgs(adapter, options);
    current = await adapter.start(dataDir, port, nodeArgs);
    log(
      `  server ready in ${((Date.now() - startAt) / 1000).toFixed(1)} s (pid ${current.pid}, port ${port})`,
    );
    const started = current;
    let lastStep = 'server ready';
    const ctx: RunContext = {
      adapter,
      get server() {
        return current ?? started;
      },
      dataDir,
      generators: clients.generators,
      probe: clients.probe,
      probes: options.probes,
      step: (what) => {
        lastStep = what;
        log(`  ${what} at ${((Date.now() - startAt) / 1000).toFixed(1)} s`);
      },
      restart: async () => (current = await adapter.start(dataDir, port, nodeArgs)),
    };
    const figures = await withDeadline(
      runScenario(ctx, scenario, options),
      runBoundMs(scenario, options),
      'the run',
      () => `last step done: ${lastStep}`,
    );
    await closeClientProcesses(clients);
    await current.stop();
    return figures;
  } catch (error) {
    const failure = BenchError.within(error, adapter.name, scenario);
    failure.stoppedPids = await killAllOwned();
    throw failure;
  } finally {
    await adapter.release?.(dataDir);
    await fs.rm(dataDir, { recursive: true, force: true });
  }
}

/** A CPU profile of Anteckna's server when asked for; the profile is written when it stops. */
function serverNodeArgs(adapter: ServerAdapter, options: BenchOptions): string[] {
  if (options.profileDir === null || adapter.name !== 'anteckna') return [];
  return ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`];
}

interface ClientProcesses {
  generators: GeneratorHandle[];
  probe: GeneratorHandle | null;
}

function spawnClientProcesses(
  scenario: ServerScenarioName,
  options: BenchOptions,
): ClientProcesses {
  if (scenario === 'bigdoc')
    return { generators: [GeneratorHandle.spawn('burst writer')], probe: null };
  return {
    generators: Array.from({ length: options.generators }, (_, i) =>
      GeneratorHandle.spawn(`load generator ${i + 1}`),
    ),
    probe: GeneratorHandle.spawn('probe'),
  };
}

async function closeClientProcesses({ generators, probe }: ClientProcesses): Promise<void> {
  await Promise.all([...generators, ...(probe ? [probe] : [])].map((g) => g.close()));
}

function runScenario(
  ctx: RunContext,
  scenario: ServerScenarioName,
  options: BenchOptions,
): Promise<ScenarioFigures> {
  return scenario === 'bigdoc'
    ? runBigdocScenario(ctx, options.params.bigdoc)
    : runLiveScenario(ctx, options.params[scenario]);
}

/** Generous, but finite: setup and teardown grow with the clients, the burst with its size. */
function runBoundMs(scenario: ServerScenarioName, options: BenchOptions): number {
  if (options.runTimeoutS !== null) return options.runTimeoutS * 1000;
  if (scenario === 'bigdoc') return 120_000 + options.params.bigdoc.updates * 6;
  const live = options.params[scenario];
  return 180_000 + live.durationS * 1000 + live.rooms * live.clientsPerRoom * 200;
}
