import type { GeneratorHandle } from '../load/generatorHandle.ts';
import type { ServerAdapter } from '../servers/serverAdapter.ts';
import type { ServerProcess } from '../servers/serverProcess.ts';

/** One server, freshly started on an empty data dir, for one scenario run. */
export interface RunContext {
  adapter: ServerAdapter;
  server: ServerProcess;
  dataDir: string;
  /**
   * The run's client processes, started while the server starts: the load generators of a live
   * scenario (the probes' process is `probe`), or the burst writer of the big document.
   */
  generators: GeneratorHandle[];
  probe: GeneratorHandle | null;
  probes: number;
  /** Progress, one line per step, on stderr: where a slow or stuck run spends its time. */
  step(what: string): void;
  /** Starts the server again on the same port and data dir, after a crash. */
  restart(): Promise<ServerProcess>;
}
