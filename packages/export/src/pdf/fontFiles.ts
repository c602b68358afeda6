import { createRequire } from 'node:module';
import path from 'node:path';

/**
 * The DejaVu Sans faces embedded in every PDF. PDF/A forbids relying on the reader's fonts, and
 * DejaVu covers Swedish, the other Nordic languages and most of Europe with one family.
 */
const require = createRequire(import.meta.url);
const fontDir = path.join(path.dirname(require.resolve('dejavu-fonts-ttf/package.json')), 'ttf');

export const PDF_FONT_FILES = {
  regular: path.join(fontDir, 'DejaVuSans.ttf'),
  bold: path.join(fontDir, 'DejaVuSans-Bold.ttf'),
  italic: path.join(fontDir, 'DejaVuSans-Oblique.ttf'),
  boldItalic: path.join(fontDir, 'DejaVuSans-BoldOblique.ttf'),
} as const;

export type PdfFace = keyof typeof PDF_FONT_FILES;

export function faceFor(style: { bold?: boolean; italic?: boolean }): PdfFace {
  if (style.bold && style.italic) return 'boldItalic';
  if (style.bold) return 'bold';
  if (style.italic) return 'italic';
  return 'regular';
}
