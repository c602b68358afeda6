import { monitorEventLoopDelay, type IntervalHistogram } from 'node:perf_hooks';
import type { LoopLag } from '../load/generatorMessages.ts';

const RESOLUTION_MS = 10;

/**
 * How late this process's event loop runs its timers: a generator whose loop lags cannot type
 * on time, nor see edits on time, so its figures say more about itself than about the server.
 */
export class LoopLagMonitor {
  private readonly histogram: IntervalHistogram = monitorEventLoopDelay({
    resolution: RESOLUTION_MS,
  });

  start(): void {
    this.histogram.reset();
    this.histogram.enable();
  }

  stop(): LoopLag {
    this.histogram.disable();
    // Node records the time between its sampling timer's runs: the lag is what exceeds it.
    const toMs = (ns: number) => (Number.isFinite(ns) ? Math.max(0, ns / 1e6 - RESOLUTION_MS) : 0);
    return {
      p50Ms: toMs(this.histogram.percentile(50)),
      p99Ms: toMs(this.histogram.percentile(99)),
      maxMs: toMs(this.histogram.max),
    };
  }
}
