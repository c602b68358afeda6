import type { ScenarioName } from '../scenarios/scenarioParams.ts';
import type { RatioRow } from './ratios.ts';
import type { SummaryRow } from './summarize.ts';

/** One goal of docs/benchmarks.md and where Anteckna stands on it in these results. */
export interface GoalRow {
  goal: string;
  target: string;
  /** The measured ratio (or count), or null when these results cannot tell. */
  value: number | null;
  met: boolean | null;
}

/** 10 bodies × 10 years × 11 meetings. */
const ARCHIVE_GOAL_MEETINGS = 1_100;

export function evaluateGoals(summary: SummaryRow[], ratios: RatioRow[]): GoalRow[] {
  const ratio = (scenario: ScenarioName, metric: string) =>
    ratios.find((r) => r.scenario === scenario && r.metric === metric)?.ratio ?? null;
  const versusHocuspocus = (metric: string) => {
    const ours = summary.find((s) => s.scenario === 'bigdoc' && s.server === 'anteckna')?.values[
      metric
    ];
    const theirs = summary.find((s) => s.scenario === 'bigdoc' && s.server === 'hocuspocus')
      ?.values[metric];
    return ours != null && theirs ? ours / theirs : null;
  };
  const atMost = (goal: string, target: string, value: number | null, limit: number): GoalRow => ({
    goal,
    target,
    value,
    met: value === null ? null : value <= limit,
  });
  const cpuRatios = (['meeting', 'rooms', 'crowd'] as const).map((s) => ratio(s, 'cpuPerEdit'));
  const knownCpu = cpuRatios.filter((r): r is number => r !== null);
  const ours = summary.filter((s) => s.server === 'anteckna');
  const gateShare =
    summary.find((s) => s.scenario === 'meeting' && s.server === 'anteckna')?.values.gateShare ??
    null;
  const importing = summary.find((s) => s.scenario === 'import' && s.server === 'anteckna');
  const archive = summary.find((s) => s.scenario === 'archive' && s.server === 'anteckna');
  // The targets are for the archive of the issue (1,100 meetings); a smaller one says nothing.
  const fullArchive = (archive?.values.meetings ?? 0) >= ARCHIVE_GOAL_MEETINGS;
  const archiveP95 = (goal: string, key: string): GoalRow => {
    const value = fullArchive ? (archive?.values[key] ?? null) : null;
    return { goal, target: '< 30 ms', value, met: value === null ? null : value < 30 };
  };
  const lost = ours.length > 0 ? ours.reduce((n, s) => n + (s.values.lost ?? 0), 0) : null;
  return [
    atMost('meeting: probe p99', '≤ 0.5 × best peer', ratio('meeting', 'probeP99'), 0.5),
    atMost('rooms: p99 (all clients)', '≤ 0.5 × best peer', ratio('rooms', 'p99'), 0.5),
    atMost('crowd: probe p99', '≤ 0.5 × best peer', ratio('crowd', 'probeP99'), 0.5),
    atMost(
      'bigdoc: restart → full content',
      '≤ 0.2 × Hocuspocus',
      versusHocuspocus('restart'),
      0.2,
    ),
    atMost(
      'bigdoc: absorb the burst until durable',
      '≥ 10 × faster than Hocuspocus (≤ 0.1 ×)',
      versusHocuspocus('absorb'),
      0.1,
    ),
    atMost(
      'meeting: server CPU per edit',
      '≤ 0.7 × best peer',
      ratio('meeting', 'cpuPerEdit'),
      0.7,
    ),
    atMost(
      'server CPU per edit (worst live scenario)',
      '≤ 1 × best peer',
      knownCpu.length ? Math.max(...knownCpu) : null,
      1,
    ),
    atMost('meeting: peak RSS', '≤ the leaner peer', ratio('meeting', 'rss'), 1),
    atMost('rooms: peak RSS', '≤ the leaner peer', ratio('rooms', 'rss'), 1),
    atMost('lost edits (all scenarios)', '0', lost, 0),
    {
      goal: 'meeting: write gate share of server CPU (%)',
      target: '< 5 %',
      value: gateShare,
      met: gateShare === null ? null : gateShare < 5,
    },
    atMost(
      'import: one 13 kB document (ms, median)',
      '< 200 ms',
      importing?.values.document ?? null,
      200,
    ),
    atMost(
      'import: archive of 50 with the CLI (s)',
      '< 10 s',
      importing && importing.values.archiveDocuments === 50
        ? (importing.values.archive ?? null)
        : null,
      10,
    ),
    archiveP95('archive: search p95 (ms)', 'searchP95'),
    archiveP95('archive: search p95, member of one body (ms)', 'searchOneBodyP95'),
    archiveP95('archive: decision register of one body p95 (ms)', 'decisionsP95'),
    archiveP95('archive: decision register, filtered p95 (ms)', 'decisionsFilteredP95'),
    archiveP95('archive: public search p95 (ms)', 'publicSearchP95'),
  ];
}
