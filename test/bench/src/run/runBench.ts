import type { RunRecord, ScenarioFigures } from '../scenarios/figures.ts';
import { isAntecknaCase } from '../scenarios/scenarioParams.ts';
import { serverAdapter } from '../servers/serverAdapters.ts';
import type { ServerAdapter } from '../servers/serverAdapter.ts';
import { BenchError } from './benchError.ts';
import type { BenchOptions } from './benchOptions.ts';
import { runAntecknaCase } from './runAntecknaCase.ts';
import { runOne } from './runOne.ts';

/**
 * Every repetition of every scenario on every server, one at a time. The order of the servers
 * turns from run to run, so that the machine warming up or slowing down hits all of them alike.
 * Anteckna's own cases (the gate, the PDF) run once per repetition, without a server, when
 * Anteckna is among the servers.
 */
export async function runBench(
  options: BenchOptions,
  log: (line: string) => void,
): Promise<RunRecord[]> {
  const adapters = options.servers.map((name) =>
    serverAdapter(name, {
      processes: options.antecknaProcesses,
      database: options.antecknaDatabase,
    }),
  );
  for (const adapter of adapters) {
    const reason = adapter.unavailableReason();
    if (reason) throw new BenchError(reason, adapter.name, 'all');
  }
  const records: RunRecord[] = [];
  let turn = 0;
  for (let repetition = 1; repetition <= options.repetitions; repetition++) {
    for (const scenario of options.scenarios) {
      const runs: Array<{ adapter: ServerAdapter | null; run(): Promise<ScenarioFigures> }> =
        isAntecknaCase(scenario)
          ? options.servers.includes('anteckna')
            ? [{ adapter: null, run: () => runAntecknaCase(scenario, options) }]
            : []
          : rotate(adapters, turn++).map((adapter) => ({
              adapter,
              run: () => runOne(adapter, scenario, options, log),
            }));
      for (const { adapter, run } of runs) {
        const server = adapter?.name ?? 'anteckna';
        const startedAt = new Date();
        log(`${scenario} · ${server} · repetition ${repetition}/${options.repetitions} …`);
        const figures = await run();
        const wallMs = Date.now() - startedAt.getTime();
        records.push({
          server,
          scenario,
          repetition,
          startedAt: startedAt.toISOString(),
          wallMs,
          figures,
        });
        log(`  done in ${(wallMs / 1000).toFixed(1)} s`);
      }
    }
  }
  return records;
}

function rotate<T>(items: T[], by: number): T[] {
  const shift = items.length === 0 ? 0 : by % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}
