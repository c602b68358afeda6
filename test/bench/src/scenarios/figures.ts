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
  /** The server's storage holds what the late joiners got (its durability check, per room). */
  storedMatches: boolean;
  server: ServerUse;
  /** Server CPU milliseconds per edit typed in the measured window. */
  cpuMsPerEdit: number;
  /** Of `cpuMsPerEdit`, the Postgres backends' (Anteckna on Postgres); null otherwise. */
  databaseCpuMsPerEdit: number | null;
  /**
   * The share of the server's CPU time in the measured window that its write gate spent
   * deciding updates (0.03 = 3 %); null for a server without a gate or that does not report it.
   */
  gateShare: number | null;
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
  restartMs: number;
  /** The part of it after the restarted server answered: loading the document and the sync. */
  restartLoadMs: number;
  lostEdits: number;
  /** After the crash and restart the content equals what the writer wrote. */
  restartMatches: boolean;
  server: ServerUse & { absorbCpuSeconds: number };
}

/** The write gate's own cost per keystroke update, measured in a process of its own. */
export interface GateCostFigures {
  label: 'big' | 'small';
  /** Size of the document's full state. */
  stateBytes: number;
  /** Keystroke updates timed (each decided against the unchanged document). */
  count: number;
  p50Micros: number;
  p99Micros: number;
}

export interface GateFigures {
  kind: 'gate';
  docs: GateCostFigures[];
}

/** Rendering large minutes to the archival PDF, in a process of its own. */
export interface PdfFigures {
  kind: 'pdf';
  items: number;
  words: number;
  renders: number;
  medianMs: number;
  minMs: number;
  maxMs: number;
  pages: number;
  bytes: number;
}

/** Importing legacy minutes with the CLI (`npm run import`), in processes of their own. */
export interface ImportFigures {
  kind: 'import';
  documentKb: number;
  /** One document's import inside the CLI (read, parse, write, check, seal): median, min, max. */
  documentMedianMs: number;
  documentMinMs: number;
  documentMaxMs: number;
  archiveDocuments: number;
  /** The whole CLI run over the archive, wall clock, process start included. */
  archiveSeconds: number;
  archiveFailed: number;
}

/** One endpoint's answer times over HTTP, as a browser on the same machine would see them. */
export interface EndpointLatency {
  requests: number;
  p50Ms: number;
  p95Ms: number;
  p99Ms: number;
  maxMs: number;
  /** Requests answered with at least one hit or clause (the rest answered an empty list). */
  answeredWithResults: number;
  /** The server's CPU time per request (user and system), from /proc, in a run of its own. */
  serverCpuMs: number;
}

/** Search, the decision register and public search over an archive of many years of minutes. */
export interface ArchiveFigures {
  kind: 'archive';
  bodies: number;
  years: number;
  /** Meetings the import CLI brought in (and refused: none expected). */
  meetings: number;
  failedImports: number;
  /** The minutes' text, as imported. */
  textMb: number;
  /** Writing and importing the archive (built on a memory-backed disk when there is one). */
  buildSeconds: number;
  /** Clauses in the decision register of the first body (what the unfiltered register lists). */
  registerClauses: number;
  /** GET /api/search as the secretary of every body (every hit is readable). */
  search: EndpointLatency;
  /** GET /api/search as a member of one body (most hits are another body's). */
  searchOneBody: EndpointLatency;
  /** The secretary's search by kind of query: p95 in ms. */
  searchP95ByKind: Record<string, number>;
  /** GET /api/bodies/:id/decisions of the first body, unfiltered. */
  decisions: EndpointLatency;
  /** The same with one filter each time: a year, a clause type, a receiving body. */
  decisionsFiltered: EndpointLatency;
  /** GET /api/public/search, without a session. */
  publicSearch: EndpointLatency;
  /** On disk: the FTS5 index (search_text_*), its rows, the clause register, the whole file. */
  ftsIndexMb: number;
  searchRowsMb: number;
  registerMb: number;
  databaseMb: number;
  serverPeakRssMb: number;
}

/** What one of Anteckna's own cases measures, in a process of its own. */
export type AntecknaCaseFigures = GateFigures | PdfFigures | ImportFigures | ArchiveFigures;

export type ScenarioFigures =
  LiveFigures | BigdocFigures | GateFigures | PdfFigures | ImportFigures | ArchiveFigures;

export interface RunRecord {
  server: ServerName;
  scenario: ScenarioName;
  repetition: number;
  startedAt: string;
  wallMs: number;
  figures: ScenarioFigures;
}
