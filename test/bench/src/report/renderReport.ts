import type { BenchReport } from './jsonReport.ts';
import { metricsOf } from './metrics.ts';
import { formatNumber, textTable } from './textTable.ts';
import { isAntecknaCase } from '../scenarios/scenarioParams.ts';

/** The human-readable report: figures per scenario and server, ratios, goals. */
export function renderReport(report: BenchReport): string {
  const { machine, options } = report;
  const parts: string[] = [
    `Benchmark of ${report.startedAt} · ${machine.cpus} × ${machine.cpuModel} · ${machine.memoryGb} GB · ` +
      `Node ${machine.node} · load average ${machine.loadAverageAtStart.toFixed(1)} at start · ` +
      `${options.repetitions} repetition(s)${options.quick ? ' · quick' : ''}` +
      ` · Anteckna: ${options.antecknaProcesses} process(es) on ${options.antecknaDatabase}`,
  ];
  for (const scenario of options.scenarios) {
    const rows = report.summary.filter((s) => s.scenario === scenario);
    if (rows.length === 0) continue;
    const figureRows = metricsOf(scenario).map((metric) => [
      metric.unit ? `${metric.label} (${metric.unit})` : metric.label,
      ...rows.map((row) => formatNumber(row.values[metric.key], metric.digits ?? 1)),
    ]);
    if (isAntecknaCase(scenario)) {
      parts.push(
        `\n${scenario} · Anteckna's own figure, median of repetitions\n${textTable(['', 'anteckna'], figureRows)}`,
      );
      continue;
    }
    figureRows.push(
      ['documents equal at the end', ...rows.map((row) => (row.consistent ? 'yes' : 'NO'))],
      [
        'runs with a saturated generator',
        ...rows.map((row) => `${row.saturatedRuns}/${row.repetitions}`),
      ],
      [
        'close codes seen',
        ...rows.map((row) => (row.closeCodes.length ? row.closeCodes.join(' ') : 'none')),
      ],
    );
    parts.push(
      `\n${scenario} · median of repetitions (lost edits: sum)\n${textTable(['', ...rows.map((r) => r.server)], figureRows)}`,
    );
  }
  if (report.ratios.length > 0) {
    parts.push(
      '\nAnteckna / best peer (below 1 is better, except for achieved edits/s)\n' +
        textTable(
          ['scenario', 'figure', 'anteckna', 'best peer', 'ratio'],
          report.ratios.map((r) => [
            r.scenario,
            r.label,
            formatNumber(r.anteckna, 3),
            r.bestPeer ? `${r.bestPeer} ${formatNumber(r.bestPeerValue, 3)}` : '–',
            r.ratio === null ? '–' : `${r.ratio.toFixed(2)}×`,
          ]),
        ),
    );
  }
  parts.push(
    '\nGoals\n' +
      textTable(
        ['goal', 'target', 'measured', 'met'],
        report.goals.map((g) => [
          g.goal,
          g.target,
          formatNumber(g.value, 2),
          g.met === null ? 'n/a' : g.met ? 'yes' : 'no',
        ]),
      ),
  );
  return `${parts.join('\n')}\n`;
}
