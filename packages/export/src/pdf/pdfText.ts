import type { TextRun } from '@anteckna/doc-schema';
import { type PdfContext, type TextBox, useFace } from './pdfContext.ts';
import { PDF_THEME } from './pdfTheme.ts';

/**
 * Writes styled runs as one flowing paragraph at the current y. pdfkit breaks lines (and words
 * longer than a line) and carries open marked content over a page break by itself.
 */
export function writeRuns(ctx: PdfContext, runs: readonly TextRun[], box: TextBox): void {
  const { doc } = ctx;
  const parts = runs
    .map((run) => ({ ...run, text: ctx.glyphs.clean(run.text) }))
    .filter((run) => run.text.length > 0);
  if (parts.length === 0) return;
  doc.fontSize(box.size).fillColor(box.color ?? PDF_THEME.color.text);
  parts.forEach((run, index) => {
    useFace(ctx, run);
    const options: PDFKit.Mixins.TextOptions = {
      width: box.width,
      lineGap: box.lineGap ?? PDF_THEME.body.lineGap,
      continued: index < parts.length - 1,
      strike: Boolean(run.strike),
      ...(box.align ? { align: box.align } : {}),
    };
    if (index === 0) doc.text(run.text, box.x, doc.y, options);
    else doc.text(run.text, options);
  });
}

/** A structure element whose whole content is drawn by `draw`, added under `parent`. */
export function structLeaf(
  ctx: PdfContext,
  parent: PDFKit.PDFStructureElement,
  type: string,
  draw: () => void,
  options: PDFKit.Mixins.StructureElementOptions = {},
): void {
  const element = ctx.doc.struct(type, options);
  parent.add(element);
  element.add(draw);
  element.end();
}

/** A structure element for children drawn by `fill`; attached first so its closures run in order. */
export function structGroup(
  ctx: PdfContext,
  parent: PDFKit.PDFStructureElement,
  type: string,
  fill: (element: PDFKit.PDFStructureElement) => void,
): void {
  const element = ctx.doc.struct(type);
  parent.add(element);
  fill(element);
  element.end();
}

/** Height the runs will take at this width, for keep-together decisions. */
export function measureRuns(ctx: PdfContext, runs: readonly TextRun[], box: TextBox): number {
  const text = runs.map((run) => run.text).join('');
  if (!text) return 0;
  useFace(ctx, { bold: runs.every((run) => run.bold) });
  ctx.doc.fontSize(box.size);
  // Raw text on purpose: cleaning here would count every replaced character twice.
  return ctx.doc.heightOfString(text, {
    width: box.width,
    lineGap: box.lineGap ?? PDF_THEME.body.lineGap,
  });
}
