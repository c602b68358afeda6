import type { ServerAdapter } from '../servers/serverAdapter.ts';
import type { ServerProcess } from '../servers/serverProcess.ts';

/** One server, freshly started on an empty data dir, for one scenario run. */
export interface RunContext {
  adapter: ServerAdapter;
  server: ServerProcess;
  dataDir: string;
  /** Load-generator processes for the clients (the probes get one more of their own). */
  generators: number;
  probes: number;
  /** Starts the server again on the same port and data dir, after a crash. */
  restart(): Promise<ServerProcess>;
}
