import PDFDocument from 'pdfkit';
import type { PdfExportOptions, RenderedFile } from '../exportTypes.ts';
import { createWarningLog } from '../exportWarnings.ts';
import type { ExportLayout } from '../layout/layoutTypes.ts';
import { PDF_FONT_FILES } from './fontFiles.ts';
import { pdfFontCoverage } from './fontCoverage.ts';
import { createGlyphSanitizer } from './glyphSanitizer.ts';
import { writeBlocks } from './pdfBlocks.ts';
import { type PdfContext, contentLeft, contentWidth } from './pdfContext.ts';
import { drawPageHeaders } from './pdfPageHeader.ts';
import { PDF_THEME } from './pdfTheme.ts';
import type {} from './pdfkitTypes.ts';

/**
 * pdfkit copies Title, Author and Subject into the XMP packet without escaping; PDF/A needs the
 * Info dictionary and XMP to agree, so characters XML would reject are rewritten in both.
 */
function xmpSafe(text: string): string {
  return text.replace(/&/g, 'och').replace(/[<>]/g, '').replace(/\s+/g, ' ').trim();
}

function collect(doc: PDFKit.PDFDocument): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => {
      const bytes = Buffer.concat(chunks);
      resolve(new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    });
    doc.on('error', reject);
  });
}

/** An archival PDF (PDF/A-2a: tagged, fonts embedded, Swedish) of one layout. */
export async function writeLayoutPdf(
  layout: ExportLayout,
  options: PdfExportOptions = {},
): Promise<RenderedFile> {
  const glyphs = createGlyphSanitizer(pdfFontCoverage());
  const subject = [layout.header.documentKind, layout.header.registryLine]
    .filter(Boolean)
    .join(', ');
  const doc = new PDFDocument({
    size: 'A4',
    margins: PDF_THEME.margins,
    bufferPages: true,
    pdfVersion: '1.7',
    subset: 'PDF/A-2a',
    tagged: true,
    lang: 'sv-SE',
    displayTitle: true,
    font: PDF_FONT_FILES.regular,
    info: {
      Title: xmpSafe(glyphs.clean(layout.title)),
      Author: xmpSafe(glyphs.clean(layout.author)),
      Subject: xmpSafe(glyphs.clean(subject)),
      Creator: 'Anteckna',
      ...(options.creationDate ? { CreationDate: options.creationDate } : {}),
    },
  });
  const bytes = collect(doc);
  const ctx: PdfContext = { doc, glyphs, inArtifact: false };
  const root = doc.struct('Document');
  doc.addStructure(root);
  writeBlocks(ctx, root, layout.blocks, { x: contentLeft(), width: contentWidth(ctx) });
  root.end();
  drawPageHeaders(ctx, layout.header);
  doc.end();

  const warnings = createWarningLog();
  warnings.merge(layout.warnings);
  const glyphWarning = glyphs.warning();
  if (glyphWarning) warnings.merge([glyphWarning]);
  return { bytes: await bytes, warnings: warnings.list() };
}
