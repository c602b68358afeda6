import type { ScenarioName } from '../scenarios/scenarioParams.ts';
import type { ServerName } from '../servers/serverAdapter.ts';
import { metricsOf } from './metrics.ts';
import type { SummaryRow } from './summarize.ts';

/** Anteckna's figure divided by the best peer's, for one metric of one scenario. */
export interface RatioRow {
  scenario: ScenarioName;
  metric: string;
  label: string;
  anteckna: number | null;
  bestPeer: ServerName | null;
  bestPeerValue: number | null;
  /** Below 1 is better for "lower is better" figures, above 1 for the others. */
  ratio: number | null;
}

export function ratioTable(summary: SummaryRow[]): RatioRow[] {
  const rows: RatioRow[] = [];
  const scenarios = [...new Set(summary.map((s) => s.scenario))];
  for (const scenario of scenarios) {
    const ours = summary.find((s) => s.scenario === scenario && s.server === 'anteckna');
    const peers = summary.filter((s) => s.scenario === scenario && s.server !== 'anteckna');
    if (!ours || peers.length === 0) continue;
    for (const metric of metricsOf(scenario)) {
      if (metric.key === 'lost' || metric.antecknaOnly) continue;
      const candidates = peers
        .map((p) => ({ server: p.server, value: p.values[metric.key] ?? null }))
        .filter((c): c is { server: ServerName; value: number } => c.value !== null);
      const best = candidates.sort((a, b) =>
        metric.better === 'lower' ? a.value - b.value : b.value - a.value,
      )[0];
      const value = ours.values[metric.key] ?? null;
      rows.push({
        scenario,
        metric: metric.key,
        label: metric.label,
        anteckna: value,
        bestPeer: best?.server ?? null,
        bestPeerValue: best?.value ?? null,
        ratio: value !== null && best && best.value > 0 ? value / best.value : null,
      });
    }
  }
  return rows;
}
