import os from 'node:os';
import type { BenchOptions } from '../run/benchOptions.ts';
import type { RunRecord } from '../scenarios/figures.ts';
import { evaluateGoals, type GoalRow } from './goals.ts';
import { ratioTable, type RatioRow } from './ratios.ts';
import { summarize, type SummaryRow } from './summarize.ts';

/** Everything a run of the benchmark found, as printed by `--json`. */
export interface BenchReport {
  startedAt: string;
  finishedAt: string;
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    node: string;
    platform: string;
    /** The machine's 1-minute load average when the run began and ended: others' work skews figures. */
    loadAverageAtStart: number;
    loadAverageAtEnd: number;
  };
  options: Pick<
    BenchOptions,
    | 'scenarios'
    | 'servers'
    | 'repetitions'
    | 'quick'
    | 'generators'
    | 'probes'
    | 'params'
    | 'antecknaProcesses'
  > & {
    /** Anteckna's database engine (never the server's address, which may hold a password). */
    antecknaDatabase: BenchOptions['antecknaDatabase']['engine'];
  };
  runs: RunRecord[];
  summary: SummaryRow[];
  ratios: RatioRow[];
  goals: GoalRow[];
}

export function jsonReport(
  options: BenchOptions,
  runs: RunRecord[],
  started: { at: Date; loadAverage: number },
): BenchReport {
  const summary = summarize(runs);
  const ratios = ratioTable(summary);
  const cpus = os.cpus();
  return {
    startedAt: started.at.toISOString(),
    finishedAt: new Date().toISOString(),
    machine: {
      cpus: cpus.length,
      cpuModel: cpus[0]?.model ?? 'unknown',
      memoryGb: Math.round(os.totalmem() / 1024 ** 3),
      node: process.version,
      platform: `${os.platform()} ${os.release()}`,
      loadAverageAtStart: started.loadAverage,
      loadAverageAtEnd: os.loadavg()[0]!,
    },
    options: {
      scenarios: options.scenarios,
      servers: options.servers,
      repetitions: options.repetitions,
      quick: options.quick,
      generators: options.generators,
      probes: options.probes,
      params: options.params,
      antecknaProcesses: options.antecknaProcesses,
      antecknaDatabase: options.antecknaDatabase.engine,
    },
    runs,
    summary,
    ratios,
    goals: evaluateGoals(summary, ratios),
  };
}
