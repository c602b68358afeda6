/**
 * Latencies in milliseconds, kept as counts in buckets 1 % wide (from 10 µs to about ten minutes),
 * so that hundreds of thousands of samples cost a few kilobytes and merge across processes.
 */
const MIN_MS = 0.01;
const GROWTH = 1.01;
const LOG_GROWTH = Math.log(GROWTH);
const MAX_BUCKET = Math.ceil(Math.log(600_000 / MIN_MS) / LOG_GROWTH);

/** The plain-data form sent between processes: bucket index → count. */
export interface HistogramData {
  counts: Record<number, number>;
  count: number;
  maxMs: number;
}

export class LatencyHistogram {
  private readonly counts = new Map<number, number>();
  count = 0;
  maxMs = 0;

  record(ms: number): void {
    const bucket = bucketOf(ms);
    this.counts.set(bucket, (this.counts.get(bucket) ?? 0) + 1);
    this.count += 1;
    if (ms > this.maxMs) this.maxMs = ms;
  }

  merge(other: HistogramData): void {
    for (const [bucket, n] of Object.entries(other.counts)) {
      const key = Number(bucket);
      this.counts.set(key, (this.counts.get(key) ?? 0) + n);
    }
    this.count += other.count;
    this.maxMs = Math.max(this.maxMs, other.maxMs);
  }

  /** The upper edge of the bucket that holds the q-th sample (q in 0..1), or null when empty. */
  quantile(q: number): number | null {
    if (this.count === 0) return null;
    const rank = Math.max(1, Math.ceil(q * this.count));
    let seen = 0;
    for (const bucket of [...this.counts.keys()].sort((a, b) => a - b)) {
      seen += this.counts.get(bucket) ?? 0;
      if (seen >= rank) return Math.min(upperEdge(bucket), this.maxMs);
    }
    return this.maxMs;
  }

  toData(): HistogramData {
    return { counts: Object.fromEntries(this.counts), count: this.count, maxMs: this.maxMs };
  }

  static from(data: HistogramData): LatencyHistogram {
    const histogram = new LatencyHistogram();
    histogram.merge(data);
    return histogram;
  }
}

function bucketOf(ms: number): number {
  if (!(ms > MIN_MS)) return 0;
  return Math.min(MAX_BUCKET, Math.ceil(Math.log(ms / MIN_MS) / LOG_GROWTH));
}

function upperEdge(bucket: number): number {
  return MIN_MS * GROWTH ** bucket;
}
