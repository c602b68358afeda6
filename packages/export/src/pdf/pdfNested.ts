import type { LayoutBlock } from '../layout/layoutTypes.ts';
import { type Frame, type PdfContext, asArtifact, ensureSpace } from './pdfContext.ts';
import { structGroup, structLeaf, writeRuns } from './pdfText.ts';
import { PDF_THEME } from './pdfTheme.ts';

/**
 * Blocks that hold blocks: lists (L > LI > Lbl + LBody) and quotes. The writer of the inner
 * blocks is passed in, so that this file and the block writer do not import each other.
 */
type Parent = PDFKit.PDFStructureElement;
type Block<T extends LayoutBlock['type']> = Extract<LayoutBlock, { type: T }>;
export type WriteBlocks = (
  ctx: PdfContext,
  parent: Parent,
  blocks: readonly LayoutBlock[],
  frame: Frame,
  tight?: boolean,
) => void;

export function writeList(
  ctx: PdfContext,
  parent: Parent,
  block: Block<'list'>,
  frame: Frame,
  writeBlocks: WriteBlocks,
): void {
  const { indent, itemGap } = PDF_THEME.list;
  // Room for the widest label ("18a)", "10 a)") plus a gap, never less than the usual indent.
  const labelWidth = Math.max(
    indent,
    ...(block.labels ?? []).map((label) => label.length * 6.2 + 7),
  );
  structGroup(ctx, parent, 'L', (listElement) => {
    block.items.forEach((itemBlocks, index) => {
      const label = block.labels?.[index] ?? (block.ordered ? `${index + 1}.` : '•');
      ensureSpace(ctx, PDF_THEME.body.size * 2.4);
      structGroup(ctx, listElement, 'LI', (itemElement) => {
        const top = ctx.doc.y;
        structLeaf(ctx, itemElement, 'Lbl', () =>
          writeRuns(ctx, [{ text: label }], {
            x: frame.x,
            width: labelWidth,
            size: PDF_THEME.body.size,
          }),
        );
        ctx.doc.y = top;
        structGroup(ctx, itemElement, 'LBody', (body) =>
          writeBlocks(
            ctx,
            body,
            itemBlocks,
            { x: frame.x + labelWidth, width: frame.width - labelWidth },
            true,
          ),
        );
      });
      ctx.doc.y += itemGap;
    });
  });
  ctx.doc.y += PDF_THEME.body.paragraphGap - itemGap;
}

export function writeQuote(
  ctx: PdfContext,
  parent: Parent,
  block: Block<'quote'>,
  frame: Frame,
  writeBlocks: WriteBlocks,
): void {
  const top = ctx.doc.y;
  const page = ctx.doc.page;
  const inner = {
    x: frame.x + PDF_THEME.quote.indent,
    width: frame.width - PDF_THEME.quote.indent,
  };
  structGroup(ctx, parent, 'BlockQuote', (element) =>
    writeBlocks(ctx, element, block.blocks, inner),
  );
  if (ctx.doc.page === page) {
    asArtifact(ctx, () => {
      ctx.doc.save().lineWidth(1.5).strokeColor(PDF_THEME.color.rule);
      ctx.doc
        .moveTo(frame.x + 3, top)
        .lineTo(frame.x + 3, ctx.doc.y - PDF_THEME.body.paragraphGap)
        .stroke();
      ctx.doc.restore();
    });
  }
}
