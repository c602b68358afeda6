import type { TextRun } from '@anteckna/doc-schema';
import type { LayoutBlock } from '../layout/layoutTypes.ts';
import { writeAttendanceList, writeAttendanceTable } from './pdfAttendance.ts';
import { type Frame, type PdfContext, ensureSpace } from './pdfContext.ts';
import { writeList, writeQuote } from './pdfNested.ts';
import { measureRuns, structGroup, structLeaf, writeRuns } from './pdfText.ts';
import { PDF_THEME } from './pdfTheme.ts';
import { writeSignatures } from './pdfSignatures.ts';

type Parent = PDFKit.PDFStructureElement;
type Block<T extends LayoutBlock['type']> = Extract<LayoutBlock, { type: T }>;

function paragraph(
  ctx: PdfContext,
  parent: Parent,
  runs: readonly TextRun[],
  frame: Frame,
  color?: string,
): void {
  structLeaf(ctx, parent, 'P', () =>
    writeRuns(ctx, runs, { ...frame, size: PDF_THEME.body.size, color }),
  );
  ctx.doc.y += PDF_THEME.body.paragraphGap;
}

function heading(ctx: PdfContext, parent: Parent, block: Block<'heading'>, frame: Frame): void {
  const style = PDF_THEME.headings[block.level];
  const runs = block.runs.map((run) => ({ ...run, bold: true }));
  const box = { ...frame, size: style.size, lineGap: 1.5 };
  if (ctx.doc.y > PDF_THEME.margins.top + 1) ctx.doc.y += style.before;
  ensureSpace(ctx, measureRuns(ctx, runs, box) + PDF_THEME.keepWithHeading);
  structLeaf(ctx, parent, `H${block.level}`, () => writeRuns(ctx, runs, box));
  ctx.doc.y += style.after;
}

function facts(ctx: PdfContext, parent: Parent, block: Block<'facts'>, frame: Frame): void {
  for (const entry of block.entries) {
    structLeaf(ctx, parent, 'P', () =>
      writeRuns(ctx, [{ text: `${entry.label}: ${entry.value}` }], {
        ...frame,
        size: PDF_THEME.body.size,
      }),
    );
    ctx.doc.y += PDF_THEME.body.factsGap;
  }
  ctx.doc.y += PDF_THEME.body.paragraphGap;
}

/** "Länschefsnätverket beslutade:" in bold, then each "att …" clause on its own indented line. */
function decision(ctx: PdfContext, parent: Parent, block: Block<'decision'>, frame: Frame): void {
  ctx.doc.y += PDF_THEME.decision.gapBefore;
  ensureSpace(ctx, PDF_THEME.body.size * 4);
  const clauseFrame = {
    x: frame.x + PDF_THEME.decision.indent,
    width: frame.width - PDF_THEME.decision.indent,
  };
  structGroup(ctx, parent, 'Div', (element) => {
    structLeaf(ctx, element, 'P', () =>
      writeRuns(ctx, [{ text: block.lead, bold: true }], { ...frame, size: PDF_THEME.body.size }),
    );
    ctx.doc.y += 2;
    for (const clause of block.clauses) {
      structLeaf(ctx, element, 'P', () =>
        writeRuns(ctx, [{ text: clause }], { ...clauseFrame, size: PDF_THEME.body.size }),
      );
      ctx.doc.y += 2.5;
    }
  });
  ctx.doc.y += PDF_THEME.body.paragraphGap;
}

export function writeBlocks(
  ctx: PdfContext,
  parent: Parent,
  blocks: readonly LayoutBlock[],
  frame: Frame,
  tight = false,
): void {
  blocks.forEach((block, index) => {
    switch (block.type) {
      case 'heading':
        return heading(ctx, parent, block, frame);
      case 'paragraph': {
        const color = block.tone === 'muted' ? PDF_THEME.color.muted : undefined;
        paragraph(ctx, parent, block.runs, frame, color);
        // Inside a list item the last paragraph's gap is the item gap instead.
        if (tight && index === blocks.length - 1) ctx.doc.y -= PDF_THEME.body.paragraphGap;
        return;
      }
      case 'facts':
        return facts(ctx, parent, block, frame);
      case 'list':
        return writeList(ctx, parent, block, frame, writeBlocks);
      case 'quote':
        return writeQuote(ctx, parent, block, frame, writeBlocks);
      case 'decision':
        return decision(ctx, parent, block, frame);
      case 'signatures':
        return writeSignatures(ctx, parent, block, frame);
      case 'attendanceTable':
        return writeAttendanceTable(ctx, parent, block, frame);
      case 'attendanceList':
        return writeAttendanceList(ctx, parent, block, frame);
      case 'section':
        if (block.keepTogether) ensureSpace(ctx, 130);
        return structGroup(ctx, parent, 'Sect', (element) =>
          writeBlocks(ctx, element, block.blocks, frame),
        );
    }
  });
}
