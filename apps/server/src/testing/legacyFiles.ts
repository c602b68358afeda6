/**
 * Legacy minutes as the files an archive holds, made from a seed's text for tests and the
 * benchmark: a Word file (docx), a PDF with a text layer and a page header on every page
 * (pdfkit), a PDF with no text, a password-protected PDF, and the seeds themselves.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import PDFDocument from 'pdfkit';

const SEEDS = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '../../../../test/fixtures/seeds',
);

export function seedMinutes(id: '001' | '002' | '004'): string {
  const file = fs.readdirSync(SEEDS).find((name) => name.startsWith(`${id}_`));
  if (!file) throw new Error(`seed ${id} missing`);
  return fs.readFileSync(path.join(SEEDS, file), 'utf8');
}

/** A text's lines as a Word document: tab-separated lines as a table, "~~x~~" struck through. */
export async function docxFromText(text: string): Promise<Uint8Array> {
  const { Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun } = await import('docx');
  const runs = (line: string) =>
    line
      .split(/(~~[^~]+~~)/u)
      .filter((part) => part.length > 0)
      .map((part) =>
        part.startsWith('~~')
          ? new TextRun({ text: part.slice(2, -2), strike: true })
          : new TextRun(part),
      );
  const children: Array<InstanceType<typeof Paragraph> | InstanceType<typeof Table>> = [];
  let rows: InstanceType<typeof TableRow>[] = [];
  const flushTable = () => {
    if (rows.length > 0) children.push(new Table({ rows }));
    rows = [];
  };
  for (const line of text.split('\n')) {
    if (line.includes('\t')) {
      const cells = line.split('\t');
      while (cells.length < 4) cells.push('');
      rows.push(
        new TableRow({
          children: cells
            .slice(0, 4)
            .map(
              (cell) =>
                new TableCell({ children: [new Paragraph({ children: runs(cell.trim()) })] }),
            ),
        }),
      );
      continue;
    }
    flushTable();
    if (line.trim().length === 0) continue;
    children.push(new Paragraph({ children: runs(line.replace(/\*\*/gu, '')) }));
  }
  flushTable();
  const document = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(document));
}

export interface PdfOptions {
  /** Drawn at the top of every page, with "Sida N" under it. */
  pageHeader?: readonly string[];
  userPassword?: string;
  /** No text at all: a drawing, as a scan without a text layer is. */
  imageOnly?: boolean;
}

/** A text's lines as a PDF: paragraphs wrap at the page width, tab-separated cells in columns. */
export function pdfFromText(text: string, options: PdfOptions = {}): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({
      size: 'A4',
      margins: { top: 90, bottom: 60, left: 60, right: 60 },
      ...(options.userPassword
        ? { userPassword: options.userPassword, ownerPassword: 'owner' }
        : {}),
      pdfVersion: options.userPassword ? '1.7' : '1.4',
    });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on('error', reject);
    let page = 1;
    const header = () => {
      if (!options.pageHeader) return;
      const { x, y } = { x: doc.x, y: doc.y };
      doc.fontSize(9);
      options.pageHeader.forEach((line, index) =>
        doc.text(line, 60, 30 + index * 11, { lineBreak: false }),
      );
      doc.text(`Sida ${page}`, 470, 30, { lineBreak: false });
      doc.fontSize(11);
      doc.x = x;
      doc.y = y;
    };
    doc.on('pageAdded', () => {
      page += 1;
      header();
    });
    doc.font('Helvetica').fontSize(11);
    header();
    if (options.imageOnly) {
      doc.rect(60, 100, 400, 300).fill('#888888');
      doc.end();
      return;
    }
    for (const line of text.split('\n')) {
      const clean = line.replace(/\*\*/gu, '').replace(/\s+$/u, '');
      if (clean.includes('\t')) {
        const y = doc.y;
        clean.split('\t').forEach((cell, index) => {
          if (cell.trim().length > 0)
            doc.text(cell.trim(), 60 + index * 120, y, { width: 115, lineBreak: false });
        });
        doc.x = 60;
        doc.y = y + 14;
        continue;
      }
      if (clean.trim().length === 0) {
        doc.moveDown(0.6);
        continue;
      }
      doc.text(clean.trim(), 60, doc.y, { width: 475 });
    }
    doc.end();
  });
}
