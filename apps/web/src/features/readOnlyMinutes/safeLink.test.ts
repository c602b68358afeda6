import { describe, expect, it } from 'vitest';
import { safeLink } from './safeLink.ts';

describe('safeLink', () => {
  it('keeps web and mail addresses', () => {
    expect(safeLink(' https://exempel.se/a ')).toBe('https://exempel.se/a');
    expect(safeLink('mailto:sekreterare@exempel.se')).toBe('mailto:sekreterare@exempel.se');
  });

  it('drops script and other schemes', () => {
    expect(safeLink('javascript:alert(1)')).toBeNull();
    expect(safeLink('JaVaScRiPt:alert(1)')).toBeNull();
    expect(safeLink('data:text/html,x')).toBeNull();
  });
});
