/**
 * The scenarios of the benchmark and the sizes each runs with. The first four run on every
 * server; `gate`, `pdf`, `import` and `archive` are Anteckna's own figures, measured without a
 * peer.
 */
export const SCENARIO_NAMES = [
  'meeting',
  'rooms',
  'crowd',
  'bigdoc',
  'gate',
  'pdf',
  'import',
  'archive',
] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];
export type LiveScenarioName = 'meeting' | 'rooms' | 'crowd';
export type ServerScenarioName = LiveScenarioName | 'bigdoc';
export type AntecknaCaseName = Exclude<ScenarioName, ServerScenarioName>;

export interface LiveParams {
  rooms: number;
  clientsPerRoom: number;
  /** The first clients of each room type; the rest only read. */
  writersPerRoom: number;
  editsPerSecond: number;
  cursorMovesPerSecond: number;
  /** The whole run, warm-up included. */
  durationS: number;
  /** Left out of the figures: the first seconds, while every client begins typing. */
  warmupS: number;
}

export interface BigdocParams {
  sections: number;
  updates: number;
}

export interface GateParams {
  /** Keystroke updates timed on each document (the big one is made like bigdoc's). */
  measured: number;
  /** The small document: a new meeting's agenda with this many keystrokes typed into it. */
  smallUpdates: number;
}

export interface PdfParams {
  items: number;
  words: number;
  /** Renders timed; the figure is their median. */
  renders: number;
}

export interface ImportParams {
  /** Imports of one 13 kB document (seed 002) timed one by one; the figure is their median. */
  repeats: number;
  /** Documents in the archive imported with the CLI in one run. */
  archive: number;
}

export interface ArchiveParams {
  bodies: number;
  years: number;
  meetingsPerYear: number;
  /** Timed requests per endpoint (after an untimed warm-up). */
  requests: number;
}

export interface ScenarioParams {
  meeting: LiveParams;
  rooms: LiveParams;
  crowd: LiveParams;
  bigdoc: BigdocParams;
  gate: GateParams;
  pdf: PdfParams;
  import: ImportParams;
  archive: ArchiveParams;
}

export function defaultParams(): ScenarioParams {
  const live = { editsPerSecond: 5, cursorMovesPerSecond: 0, durationS: 30, warmupS: 3 };
  return {
    meeting: { ...live, rooms: 1, clientsPerRoom: 30, writersPerRoom: 30, cursorMovesPerSecond: 2 },
    rooms: { ...live, rooms: 200, clientsPerRoom: 5, writersPerRoom: 1 },
    crowd: { ...live, rooms: 1, clientsPerRoom: 200, writersPerRoom: 20 },
    bigdoc: { sections: 40, updates: 100_000 },
    gate: { measured: 2_000, smallUpdates: 500 },
    pdf: { items: 40, words: 80_000, renders: 5 },
    import: { repeats: 20, archive: 50 },
    archive: { bodies: 10, years: 10, meetingsPerYear: 11, requests: 600 },
  };
}

/** Every scenario, briefly: enough to prove the harness end to end, not to compare servers. */
export function quickParams(): ScenarioParams {
  const live = { editsPerSecond: 5, cursorMovesPerSecond: 0, durationS: 1, warmupS: 0.2 };
  return {
    meeting: { ...live, rooms: 1, clientsPerRoom: 6, writersPerRoom: 6, cursorMovesPerSecond: 2 },
    rooms: { ...live, rooms: 6, clientsPerRoom: 3, writersPerRoom: 1 },
    crowd: { ...live, rooms: 1, clientsPerRoom: 16, writersPerRoom: 4 },
    bigdoc: { sections: 40, updates: 2_000 },
    gate: { measured: 200, smallUpdates: 100 },
    pdf: { items: 4, words: 2_000, renders: 1 },
    import: { repeats: 3, archive: 5 },
    archive: { bodies: 2, years: 1, meetingsPerYear: 11, requests: 20 },
  };
}

export function isLiveScenario(name: ScenarioName): name is LiveScenarioName {
  return name === 'meeting' || name === 'rooms' || name === 'crowd';
}

export function isAntecknaCase(name: ScenarioName): name is AntecknaCaseName {
  return name === 'gate' || name === 'pdf' || name === 'import' || name === 'archive';
}
