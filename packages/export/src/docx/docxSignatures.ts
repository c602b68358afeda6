/**
 * The signature block in Word (SPEC rule S4): under each group's label a borderless table, two
 * signers to a row, each a line to sign on (the top border of the printed name) with room above
 * it; then the place and date, or a line to write them on.
 */
import {
  BorderStyle,
  Paragraph,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { LayoutBlock, SignatureLine } from '../layout/layoutTypes.ts';
import { signatureLineText } from '../layout/signatureBlocks.ts';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const NO_BORDERS = { top: NONE, bottom: NONE, left: NONE, right: NONE };
const SIGN_LINE = { style: BorderStyle.SINGLE, size: 6, color: '1A1A1A', space: 2 };

function signatureCell(line: SignatureLine | undefined): TableCell {
  const children = line
    ? [
        new Paragraph({
          children: [new TextRun({ text: signatureLineText(line), size: 20 })],
          border: { top: SIGN_LINE },
          spacing: { before: 640, after: 120 },
          keepLines: true,
        }),
      ]
    : [new Paragraph({ children: [] })];
  return new TableCell({
    children,
    borders: NO_BORDERS,
    margins: { left: 0, right: 400 },
    width: { size: 50, type: WidthType.PERCENTAGE },
  });
}

export function docxSignatures(block: Extract<LayoutBlock, { type: 'signatures' }>) {
  const parts: Array<Paragraph | Table> = [
    new Paragraph({ children: [], spacing: { after: 240 } }),
  ];
  for (const group of block.groups) {
    parts.push(
      new Paragraph({
        children: [new TextRun({ text: group.label, bold: true })],
        keepNext: true,
        spacing: { after: 0 },
      }),
    );
    const rows: TableRow[] = [];
    for (let index = 0; index < group.lines.length; index += 2) {
      rows.push(
        new TableRow({
          cantSplit: true,
          children: [signatureCell(group.lines[index]), signatureCell(group.lines[index + 1])],
        }),
      );
    }
    parts.push(
      new Table({
        rows,
        borders: { ...NO_BORDERS, insideHorizontal: NONE, insideVertical: NONE },
        layout: TableLayoutType.FIXED,
        width: { size: 100, type: WidthType.PERCENTAGE },
      }),
      new Paragraph({ children: [], spacing: { after: 120 } }),
    );
  }
  const { label, value } = block.placeDate;
  parts.push(
    new Paragraph({
      children: [
        new TextRun(`${label}: `),
        // No place and date yet: a line to write them on by hand.
        value ? new TextRun(value) : new TextRun({ text: '\u00a0'.repeat(48), underline: {} }),
      ],
    }),
  );
  return parts;
}
