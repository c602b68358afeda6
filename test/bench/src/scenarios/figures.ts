import type { LoopLag } from '../load/generatorMessages.ts';
import type { ServerName } from '../servers/serverAdapter.ts';
import type { ScenarioName } from './scenarioParams.ts';

export interface LatencyFigures {
  p50Ms: number | null;
  p99Ms: number | null;
  maxMs: number | null;
  samples: number;
}

export interface GeneratorFigures {
  label: string;
  clients: number;
  loopLag: LoopLag;
  /** Edits typed in the measured window ÷ edits asked for (1 when it has no typists). */
  achievedRatio: number;
  saturated: boolean;
}

export interface ServerUse {
  /** Mean CPU over the measured window, in cores (1 = one core busy all the time). */
  cpuCores: number;
  peakRssMb: number;
}

export interface LiveFigures {
  kind: 'live';
  clients: number;
  writers: number;
  rooms: number;
  /** Edit → seen over every client and both probes. */
  latency: LatencyFigures;
  /** Edit → seen at the probes only, in their lightly loaded process. */
  probeLatency: LatencyFigures;
  targetRate: number;
  achievedRate: number;
  editsSent: number;
  lostEdits: number;
  /** Every client of a room ends with the same document. */
  converged: boolean;
  /** A client joining after the run gets that same document, with every edit. */
  lateJoinerMatches: boolean;
  server: ServerUse;
  /** Server CPU milliseconds per edit typed in the measured window. */
  cpuMsPerEdit: number;
  generators: GeneratorFigures[];
  saturated: boolean;
  /** Close codes the server sent to clients during the run (none expected). */
  closeCodes: number[];
}

export interface BigdocFigures {
  kind: 'bigdoc';
  sections: number;
  updates: number;
  stateBytes: number;
  /** First update sent → everything durable (the server's own storage covers it). */
  absorbMs: number;
  /** How long the client took to put the burst on its socket. */
  sendMs: number;
  /** A fresh client on the running server, until it holds the full content. */
  fullSyncMs: number;
  /** Crash (SIGKILL) and restart: spawn → the first client holds the full content. */
  restartMs: number | null;
  lostEdits: number;
  /** After the crash and restart the content equals what the writer wrote. */
  restartMatches: boolean;
  server: ServerUse & { absorbCpuSeconds: number };
}

export type ScenarioFigures = LiveFigures | BigdocFigures;

export interface RunRecord {
  server: ServerName;
  scenario: ScenarioName;
  repetition: number;
  startedAt: string;
  wallMs: number;
  figures: ScenarioFigures;
}
