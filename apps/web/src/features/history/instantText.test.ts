import { describe, expect, it } from 'vitest';
import { instantText } from './instantText.ts';

describe('instantText', () => {
  it('gives the Swedish day and time in the named time zone', () => {
    expect(instantText('2026-11-23T10:13:46.340Z', 'sv', 'Europe/Stockholm')).toEqual({
      date: '23 november 2026',
      time: '11.13',
    });
  });

  it('moves to the next day when the zone is past midnight', () => {
    expect(instantText('2026-06-30T22:30:00Z', 'en', 'Europe/Stockholm')).toEqual({
      date: '1 July 2026',
      time: '00:30',
    });
  });

  it('gives null for text that is not a moment', () => {
    expect(instantText('igår', 'sv')).toBeNull();
  });
});
