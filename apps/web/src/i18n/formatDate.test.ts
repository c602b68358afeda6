import { describe, expect, it } from 'vitest';
import { formatDate, formatTime, formatTimeRange } from './formatDate.ts';

describe('formatDate', () => {
  it('writes a Swedish date as "19 december 2024"', () => {
    expect(formatDate('2024-12-19', 'sv')).toBe('19 december 2024');
  });

  it('writes an English date as "19 December 2024"', () => {
    expect(formatDate('2024-12-19', 'en')).toBe('19 December 2024');
  });

  it('keeps the calendar day of the first of a month, whatever the time zone', () => {
    expect(formatDate('2025-03-01', 'sv')).toBe('1 mars 2025');
  });

  it('returns text that is not a date unchanged', () => {
    expect(formatDate('snart', 'sv')).toBe('snart');
  });
});

describe('formatTime and formatTimeRange', () => {
  it('separates hours and minutes with a full stop in Swedish', () => {
    expect(formatTime('09:00', 'sv')).toBe('09.00');
  });

  it('separates hours and minutes with a colon in English', () => {
    expect(formatTime('9:05', 'en')).toBe('09:05');
  });

  it('writes a Swedish time range as "09.00–12.15" with an en dash', () => {
    expect(formatTimeRange('09:00', '12:15', 'sv')).toBe('09.00–12.15');
  });

  it('writes the start alone when the end is empty', () => {
    expect(formatTimeRange('13:30', '', 'en')).toBe('13:30');
  });
});
