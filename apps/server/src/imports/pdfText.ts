import type { getDocumentProxy } from 'unpdf';
import { appError } from '../errors/appError.ts';

interface PositionedText {
  str: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * A PDF's text layer through pdf.js (unpdf), as lines rebuilt from where each piece of text
 * stands: pieces on one baseline make a line, read left to right; a wide gap between them is a
 * table column (a tab), a taller gap between lines a new paragraph (a blank line), a page a
 * form feed. A PDF without text (a scan) or with a password is refused.
 */
export async function pdfText(bytes: Uint8Array): Promise<string> {
  // pdf.js is loaded on the first PDF imported, not at every start of the server.
  const unpdf = await import('unpdf');
  let pdf: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    pdf = await unpdf.getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false });
  } catch (error) {
    const name = (error as { name?: string }).name ?? '';
    if (name === 'PasswordException') throw appError('import_pdf_encrypted', { cause: error });
    throw appError('import_file_unreadable', { cause: error });
  }
  const pages: string[] = [];
  let characters = 0;
  try {
    for (let number = 1; number <= pdf.numPages; number += 1) {
      const page = await pdf.getPage(number);
      const content = await page.getTextContent();
      const pieces: PositionedText[] = [];
      for (const item of content.items) {
        if (!('str' in item) || item.str.length === 0) continue;
        const [, , , scaleY, x, y] = item.transform as number[];
        pieces.push({
          str: item.str,
          x: x ?? 0,
          y: y ?? 0,
          width: item.width,
          height: item.height || Math.abs(scaleY ?? 10),
        });
        characters += item.str.trim().length;
      }
      pages.push(pageLines(pieces).join('\n'));
    }
  } finally {
    await pdf.destroy();
  }
  if (characters === 0) throw appError('import_pdf_without_text');
  return pages.join('\n\f\n');
}

function pageLines(pieces: PositionedText[]): string[] {
  const rows: PositionedText[][] = [];
  for (const piece of [...pieces].sort((a, b) => b.y - a.y || a.x - b.x)) {
    const row = rows.at(-1);
    const first = row?.[0];
    if (row && first && Math.abs(first.y - piece.y) <= Math.max(2, first.height * 0.4))
      row.push(piece);
    else rows.push([piece]);
  }
  const lines: string[] = [];
  let previous: { y: number; height: number } | null = null;
  for (const row of rows) {
    row.sort((a, b) => a.x - b.x);
    let line = '';
    let end: number | null = null;
    for (const piece of row) {
      if (end !== null) {
        const gap = piece.x - end;
        if (gap > piece.height * 2.5) line += '\t';
        else if (gap > piece.height * 0.15 && !line.endsWith(' ') && !piece.str.startsWith(' '))
          line += ' ';
      }
      line += piece.str;
      end = piece.x + piece.width;
    }
    const top = row[0]!;
    if (previous !== null && previous.y - top.y > previous.height * 1.9) lines.push('');
    lines.push(line.replace(/ +$/u, ''));
    previous = { y: top.y, height: top.height };
  }
  return lines;
}
