import type { PageHeader } from '../layout/layoutTypes.ts';
import { type PdfContext, asArtifact, contentWidth, horizontalRule } from './pdfContext.ts';
import { PDF_THEME } from './pdfTheme.ts';
import { writeRuns } from './pdfText.ts';

/**
 * The header of every page, as in the body's own documents: the issuing organisation on the
 * left; "Minnesanteckningar", Datum, Dnr and "Sida N (M)" on the right; above them, on minutes
 * that are not locked, "UTKAST – ej godkänt" with the version's date. Drawn once all pages
 * exist, so M is known; a pagination artifact, so screen readers do not read it on each page.
 */
export function drawPageHeaders(ctx: PdfContext, header: PageHeader): void {
  const { doc } = ctx;
  const { start, count } = doc.bufferedPageRange();
  const H = PDF_THEME.header;
  for (let index = start; index < start + count; index += 1) {
    doc.switchToPage(index);
    const width = contentWidth(ctx);
    const left = {
      x: PDF_THEME.margins.left,
      width: width - H.rightColumnWidth - 12,
      size: H.size,
      color: PDF_THEME.color.header,
    };
    const right = {
      x: PDF_THEME.margins.left + width - H.rightColumnWidth,
      width: H.rightColumnWidth,
      size: H.size,
      color: PDF_THEME.color.header,
    };
    asArtifact(
      ctx,
      () => {
        doc.y = H.top;
        for (const line of header.organisationLines)
          writeRuns(ctx, [{ text: line }], { ...left, lineGap: 1 });
        doc.y = H.top;
        writeRuns(ctx, [{ text: header.documentKind, bold: true }], {
          ...right,
          size: H.size + 1.5,
          color: PDF_THEME.color.text,
        });
        doc.y += 2;
        const lines = [
          header.dateLine,
          header.registryLine,
          `Sida ${index - start + 1} (${count})`,
        ];
        for (const line of lines)
          if (line) writeRuns(ctx, [{ text: line }], { ...right, lineGap: 1 });
        horizontalRule(ctx, H.ruleY, PDF_THEME.margins.left, width);
        if (header.draftLine) {
          doc.y = H.draftTop;
          writeRuns(ctx, [{ text: header.draftLine, bold: true }], {
            x: PDF_THEME.margins.left,
            width,
            size: H.size + 1.5,
            color: PDF_THEME.color.draft,
            align: 'center',
          });
        }
      },
      'Pagination',
    );
  }
}
