import type { ScenarioName, ScenarioParams } from '../scenarios/scenarioParams.ts';
import type { AntecknaDatabase, ServerName } from '../servers/serverAdapter.ts';

export interface BenchOptions {
  scenarios: ScenarioName[];
  servers: ServerName[];
  repetitions: number;
  params: ScenarioParams;
  /** Load-generator processes per live run (the probes get one more). */
  generators: number;
  probes: number;
  /** A fixed port for every server instead of a free one. */
  port: number | null;
  /** Overrides the time bound of every single run, in seconds. */
  runTimeoutS: number | null;
  quick: boolean;
  /** Where Anteckna's server writes a CPU profile (node --cpu-prof) of each run, or null. */
  profileDir: string | null;
  json: boolean;
  /** Anteckna as this many processes behind one Redis (live scenarios only); 1: as usual. */
  antecknaProcesses: number;
  /** Anteckna's database in every server run (`--database`). */
  antecknaDatabase: AntecknaDatabase;
}
