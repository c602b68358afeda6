import { describe, expect, it } from 'vitest';
import { pdfFontCoverage } from './fontCoverage.ts';
import { FAST_PATH, createGlyphSanitizer } from './glyphSanitizer.ts';

describe('the coverage of the embedded font', () => {
  const coverage = pdfFontCoverage();

  it('covers Swedish and the other Nordic letters, dashes and quotes', () => {
    for (const ch of 'åäöÅÄÖæøÆØéüß–—”’…€§') {
      expect(coverage.has(ch.codePointAt(0) ?? 0), ch).toBe(true);
    }
  });

  it('does not cover CJK ideographs', () => {
    expect(coverage.has(0x4e2d)).toBe(false);
  });

  it('covers every character the sanitiser lets through without looking', () => {
    const ranges: [number, number][] = [
      [0x20, 0x7e],
      [0xa0, 0x17f],
      [0x2013, 0x2014],
      [0x2018, 0x201e],
      [0x2022, 0x2022],
      [0x2026, 0x2026],
    ];
    for (const [from, to] of ranges) {
      for (let code = from; code <= to; code += 1) {
        const ch = String.fromCodePoint(code);
        if (!FAST_PATH.test(ch)) continue;
        expect(coverage.has(code), `U+${code.toString(16)}`).toBe(true);
      }
    }
  });

  it('keeps covered letters and silently drops invisible tag characters the font lacks', () => {
    const sanitizer = createGlyphSanitizer(coverage);
    expect(sanitizer.clean('Hej \u2764\uFE0F då\u{E0073}\u{E0065}')).toBe('Hej \u2764\uFE0F då');
    expect(sanitizer.warning()).toBeNull();
  });
});
