import type { ClientTarget } from '../client/clientTarget.ts';
import type { HistogramData } from '../stats/latencyHistogram.ts';

/** One client a load generator runs. */
export interface ClientSpec {
  target: ClientTarget;
  /** A typist types at the plan's rate; a burster sends one burst on request; a reader watches. */
  role: 'typist' | 'burster' | 'reader';
  /** The writer number it types under, or null for a reader. */
  writer: number | null;
  /** Which of the room's typed fields (agenda order) a writer types in. */
  fieldIndex: number;
}

export interface TypingPlan {
  editsPerSecond: number;
  cursorMovesPerSecond: number;
}

/** The harness's requests; times are milliseconds since the epoch (see nowMs). */
export type GeneratorRequest =
  | { kind: 'connect'; clients: ClientSpec[]; timeoutMs: number }
  | { kind: 'type'; plan: TypingPlan; startAtMs: number; measureFromMs: number; stopAtMs: number }
  | { kind: 'digests' }
  | { kind: 'report' }
  | { kind: 'burst'; sections: number; updates: number }
  | { kind: 'close' };

export interface LoopLag {
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

export interface TypingResult {
  /** [writer, edits typed], for every writer of this generator. */
  sent: Array<[number, number]>;
  editsInWindow: number;
  windowMs: number;
  /** The edits per second this generator was asked for, over all its writers. */
  targetRate: number;
  loopLag: LoopLag;
}

export interface ClientDigest {
  room: string;
  digest: string;
}

export interface GeneratorReport {
  latency: HistogramData;
  /** Edits of others seen, over all clients. */
  seen: number;
  /** Close codes the server sent to any client. */
  closeCodes: number[];
}

export interface BurstResult {
  firstSentAtMs: number;
  lastSentAtMs: number;
  /** When the last byte left the client's socket buffer. */
  flushedAtMs: number;
  stateVector: Array<[number, number]>;
  digest: string;
  fields: string[];
  updateBytes: number;
  stateBytes: number;
}

export interface GeneratorResults {
  connect: { connectedMs: number };
  type: TypingResult;
  digests: ClientDigest[];
  report: GeneratorReport;
  burst: BurstResult;
  close: Record<string, never>;
}

export type RequestEnvelope = { id: number; request: GeneratorRequest };
export type ResponseEnvelope =
  { id: number; ok: true; result: unknown } | { id: number; ok: false; error: string };
