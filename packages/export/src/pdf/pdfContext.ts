import { PDF_FONT_FILES, faceFor } from './fontFiles.ts';
import type { GlyphSanitizer } from './glyphSanitizer.ts';
import { PDF_THEME } from './pdfTheme.ts';

/** What every PDF drawing step needs: the document and the sanitiser for its strings. */
export interface PdfContext {
  doc: PDFKit.PDFDocument;
  glyphs: GlyphSanitizer;
  /** Marked content cannot nest artifacts; inner decoration joins the open artifact instead. */
  inArtifact: boolean;
}

export interface Frame {
  x: number;
  width: number;
}

export interface TextBox {
  x: number;
  width: number;
  size: number;
  color?: string;
  lineGap?: number;
  align?: 'left' | 'center' | 'right';
}

export function contentLeft(): number {
  return PDF_THEME.margins.left;
}

export function contentWidth(ctx: PdfContext): number {
  return ctx.doc.page.width - PDF_THEME.margins.left - PDF_THEME.margins.right;
}

/** Starts a new page when less than `height` points are left, so a unit is not split. */
export function ensureSpace(ctx: PdfContext, height: number): void {
  if (ctx.doc.y + height > ctx.doc.page.maxY()) ctx.doc.addPage();
}

export function useFace(ctx: PdfContext, style: { bold?: boolean; italic?: boolean }): void {
  ctx.doc.font(PDF_FONT_FILES[faceFor(style)]);
}

/** Decoration (rules, repeated table heads) is an artifact: not part of the reading order. */
export function asArtifact(
  ctx: PdfContext,
  draw: () => void,
  type: 'Layout' | 'Pagination' = 'Layout',
): void {
  if (ctx.inArtifact) return draw();
  ctx.doc.markContent('Artifact', { type });
  ctx.inArtifact = true;
  try {
    draw();
  } finally {
    ctx.inArtifact = false;
    ctx.doc.endMarkedContent();
  }
}

export function horizontalRule(ctx: PdfContext, y: number, x: number, width: number): void {
  asArtifact(ctx, () => {
    ctx.doc
      .save()
      .lineWidth(0.6)
      .strokeColor(PDF_THEME.color.rule)
      .moveTo(x, y)
      .lineTo(x + width, y)
      .stroke()
      .restore();
  });
}
