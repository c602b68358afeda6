import type { TextRun } from '@anteckna/doc-schema';
import type { AttendanceRow, LayoutBlock } from '../layout/layoutTypes.ts';
import { attendeeRuns } from '../layout/attendanceLayout.ts';
import {
  type Frame,
  type PdfContext,
  asArtifact,
  ensureSpace,
  horizontalRule,
  useFace,
} from './pdfContext.ts';
import { structGroup, structLeaf, writeRuns } from './pdfText.ts';
import { PDF_THEME } from './pdfTheme.ts';

type Parent = PDFKit.PDFStructureElement;

const T = PDF_THEME.table;

function columns(frame: Frame) {
  const people = {
    x: frame.x + T.organisationWidth + T.padding,
    width: frame.width - T.organisationWidth - 2 * T.padding,
  };
  const organisation = { x: frame.x + T.padding, width: T.organisationWidth - 2 * T.padding };
  return { organisation, people };
}

function rowHeight(ctx: PdfContext, row: AttendanceRow, frame: Frame): number {
  const { organisation, people } = columns(frame);
  ctx.doc.fontSize(T.size);
  useFace(ctx, { bold: true });
  const left = ctx.doc.heightOfString(row.organisation || ' ', {
    width: organisation.width,
    lineGap: T.lineGap,
  });
  useFace(ctx, {});
  const right = row.people.reduce(
    (sum, person) =>
      sum + ctx.doc.heightOfString(person.text || ' ', { width: people.width, lineGap: T.lineGap }),
    0,
  );
  return Math.max(left, right) + 2 * T.padding;
}

type TableBlock = Extract<LayoutBlock, { type: 'attendanceTable' }>;

/** The column heads; `wrap` makes each cell a TH, or leaves it bare inside an artifact. */
function headRow(
  ctx: PdfContext,
  block: TableBlock,
  frame: Frame,
  wrap: (draw: () => void) => void,
): void {
  const { organisation, people } = columns(frame);
  const top = ctx.doc.y;
  [organisation, people].forEach((column, index) => {
    ctx.doc.y = top + T.padding;
    wrap(() =>
      writeRuns(ctx, [{ text: block.columns[index] ?? '', bold: true }], {
        ...column,
        size: T.size,
        color: PDF_THEME.color.muted,
      }),
    );
  });
  ctx.doc.y = top + T.size + 2 * T.padding + 3;
  horizontalRule(ctx, ctx.doc.y, frame.x, frame.width);
}

/**
 * The attendance by organisation as a real table (Table/TR/TH/TD): the organisation is the row
 * header, the people are the cell, one per line, absent people struck through. A row is never
 * split over two pages; on a new page the column heads are repeated as decoration.
 */
export function writeAttendanceTable(
  ctx: PdfContext,
  parent: Parent,
  block: TableBlock,
  frame: Frame,
): void {
  const { organisation, people } = columns(frame);
  const contentHeight = ctx.doc.page.maxY() - PDF_THEME.margins.top;
  ensureSpace(ctx, T.size * 6);
  structGroup(ctx, parent, 'Table', (table) => {
    structGroup(ctx, table, 'TR', (tr) =>
      headRow(ctx, block, frame, (draw) => structLeaf(ctx, tr, 'TH', draw, { scope: 'Column' })),
    );
    for (const row of block.rows) {
      const height = rowHeight(ctx, row, frame);
      if (ctx.doc.y + Math.min(height, contentHeight) > ctx.doc.page.maxY()) {
        ctx.doc.addPage();
        // Repeated heads are decoration: the structure already has them once.
        asArtifact(ctx, () => headRow(ctx, block, frame, (draw) => draw()));
      }
      const top = ctx.doc.y;
      structGroup(ctx, table, 'TR', (tr) => {
        structLeaf(
          ctx,
          tr,
          'TH',
          () => {
            ctx.doc.y = top + T.padding;
            writeRuns(ctx, [{ text: row.organisation, bold: true }], {
              ...organisation,
              size: T.size,
              lineGap: T.lineGap,
            });
          },
          { scope: 'Row' },
        );
        structLeaf(ctx, tr, 'TD', () => {
          ctx.doc.y = top + T.padding;
          for (const person of row.people) {
            writeRuns(ctx, attendeeRuns(person), {
              ...people,
              size: T.size,
              lineGap: T.lineGap,
            });
          }
        });
      });
      ctx.doc.y = Math.max(ctx.doc.y, top + height);
      horizontalRule(ctx, ctx.doc.y, frame.x, frame.width);
    }
  });
  ctx.doc.y += PDF_THEME.body.paragraphGap + 2;
}

/** "Närvarande: Ulrika Gärdback, Tomas Ahlin, … samt föredragande enligt nedan." */
export function writeAttendanceList(
  ctx: PdfContext,
  parent: Parent,
  block: Extract<LayoutBlock, { type: 'attendanceList' }>,
  frame: Frame,
): void {
  const runs: TextRun[] = [{ text: `${block.label} `, bold: true }];
  block.people.forEach((person, index) => {
    runs.push(...attendeeRuns(person));
    const last = index === block.people.length - 1;
    runs.push({ text: last ? (block.tail ? ` ${block.tail}` : '.') : ', ' });
  });
  structLeaf(ctx, parent, 'P', () => writeRuns(ctx, runs, { ...frame, size: PDF_THEME.body.size }));
  ctx.doc.y += PDF_THEME.body.paragraphGap;
}
