import { describe, expect, it } from 'vitest';
import { formatSwedishDate, formatSwedishTime, formatSwedishTimeRange } from './swedishDate.ts';

describe('Swedish dates and times', () => {
  it('writes an ISO date as day, Swedish month name and year', () => {
    expect(formatSwedishDate('2024-12-19')).toBe('19 december 2024');
    expect(formatSwedishDate('2021-02-01')).toBe('1 februari 2021');
    expect(formatSwedishDate('2025-04-10T10:12:00.000Z')).toBe('10 april 2025');
  });

  it('returns text that is not a date unchanged', () => {
    expect(formatSwedishDate('våren 2025')).toBe('våren 2025');
    expect(formatSwedishDate('2024-13-01')).toBe('2024-13-01');
  });

  it('writes clock times with a point and two-digit hours', () => {
    expect(formatSwedishTime('9:30')).toBe('09.30');
    expect(formatSwedishTime('12:15')).toBe('12.15');
    expect(formatSwedishTime('09.30')).toBe('09.30');
  });

  it('joins a time range with an en dash and copes with a missing end', () => {
    expect(formatSwedishTimeRange('09:30', '12:15')).toBe('09.30–12.15');
    expect(formatSwedishTimeRange('09:30', '')).toBe('09.30');
    expect(formatSwedishTimeRange('', '')).toBe('');
  });
});
