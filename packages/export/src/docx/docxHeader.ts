import {
  AlignmentType,
  BorderStyle,
  Header,
  PageNumber,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { PageHeader } from '../layout/layoutTypes.ts';
import { MUTED_COLOR } from './docxStyles.ts';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const RULE = { style: BorderStyle.SINGLE, size: 4, color: 'B8B8B8' };

function line(text: string, bold = false): Paragraph {
  return new Paragraph({
    children: [new TextRun({ text, bold, size: 17, color: bold ? '1A1A1A' : MUTED_COLOR })],
    spacing: { after: 0 },
  });
}

/**
 * The page header as in the PDF: organisation on the left; document kind, Datum, Dnr and
 * "Sida N (M)" on the right, and above them "UTKAST – ej godkänt" while the minutes are not locked. Page numbers are Word fields, so they stay right after edits.
 */
export function docxPageHeader(header: PageHeader): Header {
  const pageLine = new Paragraph({
    children: [
      new TextRun({
        children: ['Sida ', PageNumber.CURRENT, ' (', PageNumber.TOTAL_PAGES, ')'],
        size: 17,
        color: MUTED_COLOR,
      }),
    ],
    spacing: { after: 0 },
  });
  const right = [
    line(header.documentKind, true),
    line(header.dateLine),
    ...(header.registryLine ? [line(header.registryLine)] : []),
    pageLine,
  ];
  const left =
    header.organisationLines.length > 0
      ? header.organisationLines.map((text) => line(text))
      : [line('')];
  const borders = { top: NONE, left: NONE, right: NONE, bottom: RULE };
  const table = new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        children: [
          new TableCell({
            children: left,
            borders,
            width: { size: 62, type: WidthType.PERCENTAGE },
          }),
          new TableCell({
            children: right,
            borders,
            width: { size: 38, type: WidthType.PERCENTAGE },
          }),
        ],
      }),
    ],
  });
  const draft = header.draftLine
    ? [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          spacing: { after: 80 },
          children: [
            new TextRun({ text: header.draftLine, bold: true, size: 19, color: 'A4161A' }),
          ],
        }),
      ]
    : [];
  return new Header({ children: [...draft, table, new Paragraph({ children: [] })] });
}
