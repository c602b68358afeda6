/** The scenarios of the benchmark and the sizes each runs with. */
export const SCENARIO_NAMES = ['meeting', 'rooms', 'crowd', 'bigdoc'] as const;
export type ScenarioName = (typeof SCENARIO_NAMES)[number];
export type LiveScenarioName = Exclude<ScenarioName, 'bigdoc'>;

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

export interface ScenarioParams {
  meeting: LiveParams;
  rooms: LiveParams;
  crowd: LiveParams;
  bigdoc: BigdocParams;
}

export function defaultParams(): ScenarioParams {
  const live = { editsPerSecond: 5, cursorMovesPerSecond: 0, durationS: 30, warmupS: 3 };
  return {
    meeting: { ...live, rooms: 1, clientsPerRoom: 30, writersPerRoom: 30, cursorMovesPerSecond: 2 },
    rooms: { ...live, rooms: 200, clientsPerRoom: 5, writersPerRoom: 1 },
    crowd: { ...live, rooms: 1, clientsPerRoom: 200, writersPerRoom: 20 },
    bigdoc: { sections: 40, updates: 100_000 },
  };
}

/** Every scenario, briefly: enough to prove the harness end to end, not to compare servers. */
export function quickParams(): ScenarioParams {
  const live = { editsPerSecond: 5, cursorMovesPerSecond: 0, durationS: 2.5, warmupS: 0.5 };
  return {
    meeting: { ...live, rooms: 1, clientsPerRoom: 6, writersPerRoom: 6, cursorMovesPerSecond: 2 },
    rooms: { ...live, rooms: 6, clientsPerRoom: 3, writersPerRoom: 1 },
    crowd: { ...live, rooms: 1, clientsPerRoom: 16, writersPerRoom: 4 },
    bigdoc: { sections: 40, updates: 2_000 },
  };
}

export function isLiveScenario(name: ScenarioName): name is LiveScenarioName {
  return name !== 'bigdoc';
}
