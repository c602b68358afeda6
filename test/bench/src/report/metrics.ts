import type {
  ArchiveFigures,
  BigdocFigures,
  GateCostFigures,
  GateFigures,
  LiveFigures,
  ImportFigures,
  PdfFigures,
  ScenarioFigures,
} from '../scenarios/figures.ts';

/** One figure of a run, how to read it from the run's figures, and which way is better. */
export interface Metric {
  key: string;
  label: string;
  unit: string;
  better: 'lower' | 'higher';
  /** Over repetitions: the median, or (for counts of failures) the sum, or the worst. */
  combine: 'median' | 'sum' | 'max';
  /** A figure only Anteckna has (its gate): left out of the ratios to the peers. */
  antecknaOnly?: boolean;
  /** Decimals shown when the value is below 100. */
  digits?: number;
  read(figures: ScenarioFigures): number | null;
}

const live = (read: (f: LiveFigures) => number | null) => (f: ScenarioFigures) =>
  f.kind === 'live' ? read(f) : null;
const big = (read: (f: BigdocFigures) => number | null) => (f: ScenarioFigures) =>
  f.kind === 'bigdoc' ? read(f) : null;
const gate =
  (label: GateCostFigures['label'], read: (d: GateCostFigures) => number) =>
  (f: ScenarioFigures) => {
    const doc = f.kind === 'gate' ? (f as GateFigures).docs.find((d) => d.label === label) : null;
    return doc ? read(doc) : null;
  };
const pdf = (read: (f: PdfFigures) => number) => (f: ScenarioFigures) =>
  f.kind === 'pdf' ? read(f) : null;
const imported = (read: (f: ImportFigures) => number) => (f: ScenarioFigures) =>
  f.kind === 'import' ? read(f) : null;
const archived = (read: (f: ArchiveFigures) => number) => (f: ScenarioFigures) =>
  f.kind === 'archive' ? read(f) : null;

export const LIVE_METRICS: Metric[] = [
  {
    key: 'p50',
    label: 'edit→seen p50 (all)',
    unit: 'ms',
    better: 'lower',
    combine: 'median',
    read: live((f) => f.latency.p50Ms),
  },
  {
    key: 'p99',
    label: 'edit→seen p99 (all)',
    unit: 'ms',
    better: 'lower',
    combine: 'median',
    read: live((f) => f.latency.p99Ms),
  },
  {
    key: 'probeP50',
    label: 'probe p50',
    unit: 'ms',
    better: 'lower',
    combine: 'median',
    read: live((f) => f.probeLatency.p50Ms),
  },
  {
    key: 'probeP99',
    label: 'probe p99',
    unit: 'ms',
    better: 'lower',
    combine: 'median',
    read: live((f) => f.probeLatency.p99Ms),
  },
  {
    key: 'rate',
    label: 'achieved edits/s',
    unit: '/s',
    better: 'higher',
    combine: 'median',
    read: live((f) => f.achievedRate),
  },
  {
    key: 'lost',
    label: 'lost edits',
    unit: '',
    better: 'lower',
    combine: 'sum',
    read: live((f) => f.lostEdits),
  },
  {
    key: 'cpu',
    label: 'server CPU',
    unit: 'cores',
    better: 'lower',
    combine: 'median',
    digits: 3,
    read: live((f) => f.server.cpuCores),
  },
  {
    key: 'cpuPerEdit',
    label: 'server CPU per edit',
    unit: 'ms',
    better: 'lower',
    combine: 'median',
    digits: 3,
    read: live((f) => f.cpuMsPerEdit),
  },
  {
    key: 'databaseCpuPerEdit',
    label: '  of it, Postgres backends',
    unit: 'ms',
    better: 'lower',
    combine: 'median',
    antecknaOnly: true,
    digits: 3,
    read: live((f) => f.databaseCpuMsPerEdit),
  },
  {
    key: 'gateShare',
    label: 'write gate share of server CPU',
    unit: '%',
    better: 'lower',
    combine: 'median',
    antecknaOnly: true,
    digits: 2,
    read: live((f) => (f.gateShare === null ? null : f.gateShare * 100)),
  },
  {
    key: 'rss',
    label: 'server peak RSS',
    unit: 'MB',
    better: 'lower',
    combine: 'max',
    read: live((f) => f.server.peakRssMb),
  },
];

export const BIGDOC_METRICS: Metric[] = [
  {
    key: 'absorb',
    label: 'absorb burst until durable',
    unit: 'ms',
    better: 'lower',
    combine: 'median',
    read: big((f) => f.absorbMs),
  },
  {
    key: 'fullSync',
    label: 'fresh client full sync',
    unit: 'ms',
    better: 'lower',
    combine: 'median',
    read: big((f) => f.fullSyncMs),
  },
  {
    key: 'restart',
    label: 'restart → full content',
    unit: 'ms',
    better: 'lower',
    combine: 'median',
    read: big((f) => f.restartMs),
  },
  {
    key: 'restartLoad',
    label: 'restart: answering → full content',
    unit: 'ms',
    better: 'lower',
    combine: 'median',
    read: big((f) => f.restartLoadMs),
  },
  {
    key: 'lost',
    label: 'lost edits',
    unit: '',
    better: 'lower',
    combine: 'sum',
    read: big((f) => f.lostEdits),
  },
  {
    key: 'absorbCpu',
    label: 'server CPU for the burst',
    unit: 's',
    better: 'lower',
    combine: 'median',
    digits: 2,
    read: big((f) => f.server.absorbCpuSeconds),
  },
  {
    key: 'rss',
    label: 'server peak RSS',
    unit: 'MB',
    better: 'lower',
    combine: 'max',
    read: big((f) => f.server.peakRssMb),
  },
];

export const GATE_METRICS: Metric[] = (['big', 'small'] as const).flatMap((label) => [
  {
    key: `${label}StateKb`,
    label: `${label} document: state`,
    unit: 'kB',
    better: 'lower' as const,
    combine: 'median' as const,
    read: gate(label, (d) => d.stateBytes / 1000),
  },
  {
    key: `${label}P50`,
    label: `${label} document: gate per keystroke p50`,
    unit: 'µs',
    better: 'lower' as const,
    combine: 'median' as const,
    digits: 2,
    read: gate(label, (d) => d.p50Micros),
  },
  {
    key: `${label}P99`,
    label: `${label} document: gate per keystroke p99`,
    unit: 'µs',
    better: 'lower' as const,
    combine: 'median' as const,
    digits: 2,
    read: gate(label, (d) => d.p99Micros),
  },
]);

export const PDF_METRICS: Metric[] = [
  {
    key: 'render',
    label: 'render to PDF/A (median of renders)',
    unit: 'ms',
    better: 'lower',
    combine: 'median',
    read: pdf((f) => f.medianMs),
  },
  {
    key: 'pages',
    label: 'pages',
    unit: '',
    better: 'lower',
    combine: 'median',
    digits: 0,
    read: pdf((f) => f.pages),
  },
  {
    key: 'sizeKb',
    label: 'file size',
    unit: 'kB',
    better: 'lower',
    combine: 'median',
    read: pdf((f) => f.bytes / 1000),
  },
];

export const IMPORT_METRICS: Metric[] = [
  {
    key: 'document',
    label: 'import of one 13 kB document (median)',
    unit: 'ms',
    better: 'lower',
    combine: 'median',
    read: imported((f) => f.documentMedianMs),
  },
  {
    key: 'archive',
    label: 'archive with the CLI (wall clock)',
    unit: 's',
    better: 'lower',
    combine: 'median',
    read: imported((f) => f.archiveSeconds),
  },
  {
    key: 'archiveDocuments',
    label: 'documents in the archive',
    unit: '',
    better: 'higher',
    combine: 'median',
    digits: 0,
    read: imported((f) => f.archiveDocuments),
  },
  {
    key: 'failed',
    label: 'documents that failed',
    unit: '',
    better: 'lower',
    combine: 'max',
    digits: 0,
    read: imported((f) => f.archiveFailed),
  },
];

const ARCHIVE_ENDPOINTS = [
  ['search', 'search, secretary of every body'],
  ['searchOneBody', 'search, member of one body'],
  ['decisions', 'decision register of one body'],
  ['decisionsFiltered', 'decision register, filtered'],
  ['publicSearch', 'public search'],
] as const;

export const ARCHIVE_METRICS: Metric[] = [
  ...ARCHIVE_ENDPOINTS.flatMap(([endpoint, label]) => [
    ...(['p50Ms', 'p95Ms', 'p99Ms'] as const).map((quantile): Metric => ({
      key: `${endpoint}${quantile.slice(0, 3).toUpperCase()}`,
      label: `${label} ${quantile.slice(0, 3)}`,
      unit: 'ms',
      better: 'lower',
      combine: 'median',
      digits: 1,
      read: archived((f) => f[endpoint][quantile]),
    })),
    {
      key: `${endpoint}Cpu`,
      label: `${label}: server CPU per request`,
      unit: 'ms',
      better: 'lower',
      combine: 'median',
      digits: 2,
      read: archived((f) => f[endpoint].serverCpuMs),
    } satisfies Metric,
  ]),
  {
    key: 'ftsIndex',
    label: 'FTS5 index on disk',
    unit: 'MB',
    better: 'lower',
    combine: 'median',
    read: archived((f) => f.ftsIndexMb),
  },
  {
    key: 'indexRows',
    label: 'search rows and clause register on disk',
    unit: 'MB',
    better: 'lower',
    combine: 'median',
    read: archived((f) => f.searchRowsMb + f.registerMb),
  },
  {
    key: 'database',
    label: 'whole database',
    unit: 'MB',
    better: 'lower',
    combine: 'median',
    read: archived((f) => f.databaseMb),
  },
  {
    key: 'text',
    label: 'minutes text imported',
    unit: 'MB',
    better: 'lower',
    combine: 'median',
    read: archived((f) => f.textMb),
  },
  {
    key: 'meetings',
    label: 'meetings in the archive',
    unit: '',
    better: 'higher',
    combine: 'median',
    digits: 0,
    read: archived((f) => f.meetings),
  },
  {
    key: 'clauses',
    label: 'clauses in the register of one body',
    unit: '',
    better: 'higher',
    combine: 'median',
    digits: 0,
    read: archived((f) => f.registerClauses),
  },
  {
    key: 'failed',
    label: 'imports that failed',
    unit: '',
    better: 'lower',
    combine: 'max',
    digits: 0,
    read: archived((f) => f.failedImports),
  },
  {
    key: 'build',
    label: 'building the archive (import CLI)',
    unit: 's',
    better: 'lower',
    combine: 'median',
    read: archived((f) => f.buildSeconds),
  },
  {
    key: 'rss',
    label: 'server peak RSS',
    unit: 'MB',
    better: 'lower',
    combine: 'max',
    read: archived((f) => f.serverPeakRssMb),
  },
];

export function metricsOf(scenario: string): Metric[] {
  switch (scenario) {
    case 'bigdoc':
      return BIGDOC_METRICS;
    case 'gate':
      return GATE_METRICS;
    case 'pdf':
      return PDF_METRICS;
    case 'import':
      return IMPORT_METRICS;
    case 'archive':
      return ARCHIVE_METRICS;
    default:
      return LIVE_METRICS;
  }
}

export function combine(metric: Metric, values: number[]): number | null {
  if (values.length === 0) return null;
  if (metric.combine === 'sum') return values.reduce((a, b) => a + b, 0);
  if (metric.combine === 'max') return Math.max(...values);
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
