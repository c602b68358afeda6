import { BorderStyle, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { LayoutBlock } from '../layout/layoutTypes.ts';
import { MUTED_COLOR } from './docxStyles.ts';
import { docxRuns } from './docxRuns.ts';
import { attendeeRuns } from '../layout/attendanceLayout.ts';

const LIGHT = { style: BorderStyle.SINGLE, size: 4, color: 'BBBBBB' };
const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const BORDERS = { top: LIGHT, bottom: LIGHT, left: NONE, right: NONE };

function cell(children: Paragraph[], width: number): TableCell {
  return new TableCell({
    children,
    borders: BORDERS,
    margins: { top: 50, bottom: 50, left: 0, right: 100 },
    width: { size: width, type: WidthType.PERCENTAGE },
  });
}

function line(text: string, style: { bold?: boolean; strike?: boolean; color?: string } = {}) {
  return new Paragraph({ children: [new TextRun({ text, ...style })], spacing: { after: 0 } });
}

/**
 * The attendance as a Word table: the head row repeats on every page, a row never splits, and
 * absent people are struck through and said so in words, one person per line.
 */
export function docxAttendanceTable(
  block: Extract<LayoutBlock, { type: 'attendanceTable' }>,
): Table {
  const head = new TableRow({
    tableHeader: true,
    children: block.columns.map((column, index) =>
      cell([line(column, { bold: true, color: MUTED_COLOR })], index === 0 ? 32 : 68),
    ),
  });
  const rows = block.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: [
          cell([line(row.organisation, { bold: true })], 32),
          cell(
            row.people.map(
              (person) =>
                new Paragraph({ children: docxRuns(attendeeRuns(person)), spacing: { after: 0 } }),
            ),
            68,
          ),
        ],
      }),
  );
  return new Table({ rows: [head, ...rows], width: { size: 100, type: WidthType.PERCENTAGE } });
}
