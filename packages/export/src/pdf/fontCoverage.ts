import { readFileSync } from 'node:fs';
import { PDF_FONT_FILES } from './fontFiles.ts';

/**
 * Which code points a TrueType font has glyphs for, read from its `cmap` table (formats 4 and
 * 12, the two every Unicode font carries). Knowing this lets the PDF writer replace what the
 * font cannot draw with a visible mark instead of an invisible .notdef box.
 */
export function readFontCoverage(font: Uint8Array): Set<number> {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const cmap = findTable(view, 'cmap');
  const covered = new Set<number>();
  if (cmap === null) return covered;
  const subtables = view.getUint16(cmap + 2);
  let format4: number | null = null;
  let format12: number | null = null;
  for (let i = 0; i < subtables; i += 1) {
    const record = cmap + 4 + i * 8;
    const platform = view.getUint16(record);
    const encoding = view.getUint16(record + 2);
    const offset = cmap + view.getUint32(record + 4);
    const format = view.getUint16(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode) continue;
    if (format === 12) format12 = offset;
    if (format === 4) format4 = offset;
  }
  if (format12 !== null) readFormat12(view, format12, covered);
  else if (format4 !== null) readFormat4(view, format4, covered);
  return covered;
}

function findTable(view: DataView, tag: string): number | null {
  const tables = view.getUint16(4);
  for (let i = 0; i < tables; i += 1) {
    const entry = 12 + i * 16;
    const name = String.fromCharCode(
      view.getUint8(entry),
      view.getUint8(entry + 1),
      view.getUint8(entry + 2),
      view.getUint8(entry + 3),
    );
    if (name === tag) return view.getUint32(entry + 8);
  }
  return null;
}

function readFormat4(view: DataView, at: number, covered: Set<number>): void {
  const segments = view.getUint16(at + 6) / 2;
  const ends = at + 14;
  const starts = ends + segments * 2 + 2;
  const deltas = starts + segments * 2;
  const rangeOffsets = deltas + segments * 2;
  for (let s = 0; s < segments; s += 1) {
    const end = view.getUint16(ends + s * 2);
    const start = view.getUint16(starts + s * 2);
    const delta = view.getInt16(deltas + s * 2);
    const rangeOffset = view.getUint16(rangeOffsets + s * 2);
    for (let code = start; code <= end && code !== 0xffff; code += 1) {
      let glyph: number;
      if (rangeOffset === 0) {
        glyph = (code + delta) & 0xffff;
      } else {
        const glyphAt = rangeOffsets + s * 2 + rangeOffset + (code - start) * 2;
        const raw = view.getUint16(glyphAt);
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) covered.add(code);
    }
  }
}

function readFormat12(view: DataView, at: number, covered: Set<number>): void {
  const groups = view.getUint32(at + 12);
  for (let g = 0; g < groups; g += 1) {
    const group = at + 16 + g * 12;
    const start = view.getUint32(group);
    const end = view.getUint32(group + 4);
    const firstGlyph = view.getUint32(group + 8);
    for (let code = start; code <= end; code += 1) {
      if (firstGlyph + (code - start) !== 0) covered.add(code);
    }
  }
}

let shared: ReadonlySet<number> | null = null;

/** Code points every embedded face can draw (bold and oblique cover less than regular). */
export function pdfFontCoverage(): ReadonlySet<number> {
  if (shared) return shared;
  const [first, ...rest] = Object.values(PDF_FONT_FILES).map((file) =>
    readFontCoverage(readFileSync(file)),
  );
  const common = new Set<number>();
  for (const code of first ?? []) {
    if (rest.every((face) => face.has(code))) common.add(code);
  }
  shared = common;
  return common;
}
