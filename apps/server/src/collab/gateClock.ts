/** The write gate's time, summed since the server started. */
export interface GateTime {
  /** CPU milliseconds spent deciding updates: reading their bytes, looking up roots, the policy. */
  totalMs: number;
  decisions: number;
}

/**
 * Times the write gate, for the benchmark's "share of the server's CPU the gate takes"
 * (docs/benchmarks.md). Only made when ANTECKNA_BENCH_METRICS=1: by default nothing is timed.
 * It counts the process's CPU time, not the wall clock: on a busy machine the wall clock also
 * counts the time the server waited for a core, which would make the share meaningless.
 */
export interface GateClock {
  time<T>(decide: () => T): T;
  read(): GateTime;
}

export function createGateClock(now: () => number = processCpuMs): GateClock {
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

function processCpuMs(): number {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}
