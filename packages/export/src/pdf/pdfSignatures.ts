/**
 * The signature block in the PDF (SPEC rule S4): under each group's label, two signers to a row,
 * each with a line to sign on and the printed name and role under it; then the place and date,
 * or a line to write them on. The lines are decoration (artifacts); the names are the text.
 */
import type { LayoutBlock, SignatureLine } from '../layout/layoutTypes.ts';
import { signatureLineText } from '../layout/signatureBlocks.ts';
import { type Frame, type PdfContext, asArtifact, ensureSpace } from './pdfContext.ts';
import { structGroup, structLeaf, writeRuns } from './pdfText.ts';
import { PDF_THEME } from './pdfTheme.ts';

type Parent = PDFKit.PDFStructureElement;
type SignaturesBlock = Extract<LayoutBlock, { type: 'signatures' }>;

const { signature: THEME } = PDF_THEME;

function rule(ctx: PdfContext, x: number, y: number, width: number): void {
  asArtifact(ctx, () => {
    ctx.doc
      .save()
      .lineWidth(0.6)
      .strokeColor(PDF_THEME.color.text)
      .moveTo(x, y)
      .lineTo(x + width, y)
      .stroke()
      .restore();
  });
}

/** One row of up to two signers: the lines at one height, the names under them. */
function signatureRow(ctx: PdfContext, parent: Parent, row: SignatureLine[], frame: Frame): void {
  const width = (frame.width - THEME.columnGap) / 2;
  ensureSpace(ctx, THEME.signSpace + THEME.nameHeight);
  const lineY = ctx.doc.y + THEME.signSpace;
  row.forEach((signature, column) => {
    const x = frame.x + column * (width + THEME.columnGap);
    rule(ctx, x, lineY, width);
    ctx.doc.y = lineY + 3;
    structLeaf(ctx, parent, 'P', () =>
      writeRuns(ctx, [{ text: signatureLineText(signature) }], {
        x,
        width,
        size: THEME.nameSize,
        color: signature.name ? undefined : PDF_THEME.color.muted,
      }),
    );
  });
  ctx.doc.y = lineY + THEME.nameHeight;
}

export function writeSignatures(
  ctx: PdfContext,
  parent: Parent,
  block: SignaturesBlock,
  frame: Frame,
): void {
  ctx.doc.y += THEME.gapBefore;
  // The block is one form: it starts on a page where it fits whole.
  const rows = block.groups.reduce((sum, group) => sum + Math.ceil(group.lines.length / 2), 0);
  ensureSpace(ctx, rows * (THEME.signSpace + THEME.nameHeight) + block.groups.length * 24 + 60);
  structGroup(ctx, parent, 'Div', (element) => {
    for (const group of block.groups) {
      structLeaf(ctx, element, 'P', () =>
        writeRuns(ctx, [{ text: group.label, bold: true }], {
          ...frame,
          size: PDF_THEME.body.size,
        }),
      );
      for (let index = 0; index < group.lines.length; index += 2)
        signatureRow(ctx, element, group.lines.slice(index, index + 2), frame);
      ctx.doc.y += THEME.groupGap;
    }
    const { label, value } = block.placeDate;
    const y = ctx.doc.y;
    structLeaf(ctx, element, 'P', () =>
      writeRuns(ctx, [{ text: `${label}: ${value}` }], { ...frame, size: PDF_THEME.body.size }),
    );
    if (!value) {
      const labelWidth = ctx.doc.widthOfString(`${label}: `) + 2;
      rule(ctx, frame.x + labelWidth, y + PDF_THEME.body.size + 1, THEME.placeDateWidth);
    }
  });
  ctx.doc.y += PDF_THEME.body.paragraphGap;
}
