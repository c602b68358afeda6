import type * as Y from 'yjs';
import { LatencyHistogram } from '../stats/latencyHistogram.ts';
import { nowMs, scanEditTokens } from './editToken.ts';

/**
 * Records, for one reader, how long each edit of another client took from being typed to being
 * applied here. Only edits typed inside the measured window count, so warm-up and the initial
 * sync are left out.
 */
export class LatencyRecorder {
  readonly histogram = new LatencyHistogram();
  /** Edits by others seen at any time, measured or not. */
  seen = 0;
  private measureFromMs = Number.POSITIVE_INFINITY;

  constructor(doc: Y.Doc) {
    doc.on(
      'update',
      (update: Uint8Array, _origin: unknown, _doc: Y.Doc, transaction: Y.Transaction) => {
        if (transaction.local) return;
        const seenAt = nowMs();
        scanEditTokens(update, ({ sentAtMs }) => {
          this.seen += 1;
          if (sentAtMs >= this.measureFromMs) this.histogram.record(seenAt - sentAtMs);
        });
      },
    );
  }

  measureFrom(ms: number): void {
    this.measureFromMs = ms;
  }
}
