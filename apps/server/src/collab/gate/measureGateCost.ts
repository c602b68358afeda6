import type * as Y from 'yjs';
import { decideUpdateRoots } from './decideUpdateRoots.ts';

export interface GateCost {
  count: number;
  p50Micros: number;
  p99Micros: number;
}

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))] ?? 0;

/**
 * Times `decideUpdateRoots` on each update against `doc` (which is not changed), after one
 * untimed pass to warm the code up. For the benchmark; tests do not time anything.
 */
export const measureGateCost = (doc: Y.Doc, updates: readonly Uint8Array[]): GateCost => {
  for (const update of updates) decideUpdateRoots(doc, update);
  const micros: number[] = [];
  for (const update of updates) {
    const start = performance.now();
    decideUpdateRoots(doc, update);
    micros.push((performance.now() - start) * 1000);
  }
  micros.sort((a, b) => a - b);
  return {
    count: micros.length,
    p50Micros: percentile(micros, 0.5),
    p99Micros: percentile(micros, 0.99),
  };
};
