import type { RunRecord } from '../scenarios/figures.ts';
import { serverAdapter } from '../servers/serverAdapters.ts';
import { BenchError } from './benchError.ts';
import type { BenchOptions } from './benchOptions.ts';
import { runOne } from './runOne.ts';

/**
 * Every repetition of every scenario on every server, one at a time. The order of the servers
 * turns from run to run, so that the machine warming up or slowing down hits all of them alike.
 */
export async function runBench(
  options: BenchOptions,
  log: (line: string) => void,
): Promise<RunRecord[]> {
  const adapters = options.servers.map(serverAdapter);
  for (const adapter of adapters) {
    const reason = adapter.unavailableReason();
    if (reason) throw new BenchError(reason, adapter.name, 'all');
  }
  const records: RunRecord[] = [];
  let turn = 0;
  for (let repetition = 1; repetition <= options.repetitions; repetition++) {
    for (const scenario of options.scenarios) {
      for (const adapter of rotate(adapters, turn++)) {
        const startedAt = new Date();
        log(`${scenario} · ${adapter.name} · repetition ${repetition}/${options.repetitions} …`);
        const figures = await runOne(adapter, scenario, options, log);
        const wallMs = Date.now() - startedAt.getTime();
        records.push({
          server: adapter.name,
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
