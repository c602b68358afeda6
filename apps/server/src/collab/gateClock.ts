/** The write gate's time, summed since the server started. */
export interface GateTime {
  /** Milliseconds spent deciding updates: reading their bytes, looking up roots, the policy. */
  totalMs: number;
  decisions: number;
}

/**
 * Times the write gate, for the benchmark's "share of the server's CPU the gate takes"
 * (docs/benchmarks.md). Only made when ANTECKNA_BENCH_METRICS=1: by default nothing is timed.
 * The gate runs synchronously for microseconds at a time, so its wall time is its CPU time
 * (a preemption inside so short a span is rare). Asking the kernel for the process's CPU time
 * instead costs more than the gate itself and would be counted in it.
 */
export interface GateClock {
  time<T>(decide: () => T): T;
  read(): GateTime;
}

export function createGateClock(now: () => number = () => performance.now()): GateClock {
  const total: GateTime = { totalMs: 0, decisions: 0 };
  return {
    time(decide) {
      const started = now();
      try {
        return decide();
      } finally {
        total.totalMs += now() - started;
        total.decisions += 1;
      }
    },
    read: () => ({ ...total }),
  };
}
