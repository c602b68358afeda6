import type { RunRecord } from '../scenarios/figures.ts';
import type { ScenarioName } from '../scenarios/scenarioParams.ts';
import type { ServerName } from '../servers/serverAdapter.ts';
import { combine, metricsOf } from './metrics.ts';

/** One server in one scenario, over all its repetitions. */
export interface SummaryRow {
  scenario: ScenarioName;
  server: ServerName;
  repetitions: number;
  values: Record<string, number | null>;
  /** Every room converged, every late joiner (or restarted client) got the same document. */
  consistent: boolean;
  /** Repetitions in which a load generator could not keep up. */
  saturatedRuns: number;
  /** Close codes the server sent during the runs (a refusal would show here). */
  closeCodes: number[];
}

export function summarize(records: RunRecord[]): SummaryRow[] {
  const groups = new Map<string, RunRecord[]>();
  for (const record of records) {
    const key = `${record.scenario}\n${record.server}`;
    groups.set(key, [...(groups.get(key) ?? []), record]);
  }
  return [...groups.values()].map((runs) => {
    const { scenario, server } = runs[0]!;
    const values: Record<string, number | null> = {};
    for (const metric of metricsOf(scenario)) {
      const read = runs.map((r) => metric.read(r.figures)).filter((v): v is number => v !== null);
      values[metric.key] = combine(metric, read);
    }
    return {
      scenario,
      server,
      repetitions: runs.length,
      values,
      consistent: runs.every(({ figures: f }) =>
        f.kind === 'live'
          ? f.converged && f.lateJoinerMatches && f.storedMatches
          : f.kind === 'bigdoc'
            ? f.restartMatches
            : true,
      ),
      saturatedRuns: runs.filter(({ figures: f }) => f.kind === 'live' && f.saturated).length,
      closeCodes: [
        ...new Set(runs.flatMap(({ figures: f }) => (f.kind === 'live' ? f.closeCodes : []))),
      ],
    };
  });
}
