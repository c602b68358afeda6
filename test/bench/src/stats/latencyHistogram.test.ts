import { describe, expect, it } from 'vitest';
import { LatencyHistogram } from './latencyHistogram.ts';

describe('LatencyHistogram', () => {
  it('gives percentiles within 1 % of the exact ones', () => {
    const histogram = new LatencyHistogram();
    for (let ms = 1; ms <= 1000; ms++) histogram.record(ms);
    expect(Math.abs(histogram.quantile(0.5)! - 500) / 500).toBeLessThanOrEqual(0.01);
    expect(Math.abs(histogram.quantile(0.99)! - 990) / 990).toBeLessThanOrEqual(0.01);
    expect(histogram.quantile(1)).toBe(1000);
  });

  it('merges the plain-data form of another process into the same percentiles', () => {
    const a = new LatencyHistogram();
    const b = new LatencyHistogram();
    const both = new LatencyHistogram();
    for (let i = 0; i < 500; i++) {
      a.record(2 + i / 100);
      b.record(40 + i);
      both.record(2 + i / 100);
      both.record(40 + i);
    }
    const merged = LatencyHistogram.from(a.toData());
    merged.merge(JSON.parse(JSON.stringify(b.toData())));
    expect(merged.count).toBe(1000);
    expect(merged.quantile(0.99)).toBe(both.quantile(0.99));
    expect(merged.maxMs).toBe(539);
  });

  it('has no percentiles when empty', () => {
    expect(new LatencyHistogram().quantile(0.5)).toBeNull();
  });
});
