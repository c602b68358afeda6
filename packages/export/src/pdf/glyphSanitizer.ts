import type { ExportWarning } from '../exportTypes.ts';

/**
 * Replaces what the embedded font cannot draw (emoji, CJK, …) with one visible placeholder per
 * user-perceived character, and remembers what it replaced so the caller can say so. Invisible
 * joiners and variation selectors are dropped rather than marked: they draw nothing anyway.
 */
export interface GlyphSanitizer {
  clean(text: string): string;
  warning(): ExportWarning | null;
}

function isIgnorable(code: number): boolean {
  return (
    code === 0x00ad ||
    (code >= 0x200b && code <= 0x200f) ||
    (code >= 0x2060 && code <= 0x2064) ||
    (code >= 0xfe00 && code <= 0xfe0f) ||
    (code >= 0xe0000 && code <= 0xe007f)
  );
}
/** Swedish text and common punctuation, known to be covered, so most strings skip segmentation. */
export const FAST_PATH = /^[\n\u0020-\u007E\u00A0-\u017F\u2013\u2014\u2018-\u201E\u2022\u2026]*$/;

function describe(grapheme: string): string {
  const codes = [...grapheme].map(
    (ch) => `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, '0')}`,
  );
  return `${grapheme} (${codes.join(' ')})`;
}

export function createGlyphSanitizer(coverage: ReadonlySet<number>): GlyphSanitizer {
  const replaced = new Map<string, number>();
  const placeholder = coverage.has(0xfffd) ? '\uFFFD' : '?';
  const segmenter = new Intl.Segmenter('sv', { granularity: 'grapheme' });
  return {
    clean(text) {
      if (FAST_PATH.test(text)) return text;
      let out = '';
      for (const { segment } of segmenter.segment(text)) {
        let kept = '';
        let missing = false;
        for (const ch of segment) {
          const code = ch.codePointAt(0) ?? 0;
          if (ch === '\n' || coverage.has(code)) kept += ch;
          else if (!isIgnorable(code)) missing = true;
        }
        if (missing) {
          replaced.set(segment, (replaced.get(segment) ?? 0) + 1);
          out += placeholder;
        } else {
          out += kept;
        }
      }
      return out;
    },
    warning() {
      if (replaced.size === 0) return null;
      return {
        code: 'unsupported_characters',
        message: `Tecken som PDF-typsnittet saknar visas som ${placeholder}.`,
        details: [...replaced].map(([grapheme, count]) =>
          count > 1 ? `${describe(grapheme)} ×${count}` : describe(grapheme),
        ),
      };
    },
  };
}
