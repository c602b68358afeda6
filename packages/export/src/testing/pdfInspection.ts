/**
 * Reading a rendered PDF back in tests: its text per page (through pdf.js, as a reader sees
 * it), its raw object source, and an order check that names the first fragment out of place.
 */
import { expect } from 'vitest';
import { inflateSync } from 'node:zlib';
import { extractText, getDocumentProxy } from 'unpdf';

export async function pdfPages(bytes: Uint8Array): Promise<string[]> {
  // pdf.js takes ownership of the buffer it reads, so it gets a copy.
  const { text } = await extractText(bytes.slice(), { mergePages: false });
  return text;
}

/**
 * The PDF's bytes as text, to look at its objects (dictionaries and the XMP packet are not
 * compressed). Read as UTF-8 so the XMP reads right; binary streams turn into noise, unread.
 */
export function pdfSource(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('utf8');
}

/** Every Flate-compressed stream of the PDF, inflated: page content, to look at what is drawn. */
export function pdfStreams(bytes: Uint8Array): string[] {
  const buffer = Buffer.from(bytes);
  const streams: string[] = [];
  let at = buffer.indexOf('stream\n');
  while (at >= 0) {
    const start = at + 'stream\n'.length;
    const end = buffer.indexOf('\nendstream', start);
    if (end < 0) break;
    try {
      streams.push(inflateSync(buffer.subarray(start, end)).toString('latin1'));
    } catch {
      // Not compressed, or not Flate: nothing drawn to look at here.
    }
    at = buffer.indexOf('stream\n', end + '\nendstream'.length);
  }
  return streams;
}

/** Horizontal lines stroked in the content ("x y m x2 y l S"), with their lengths in points. */
export function strokedLines(bytes: Uint8Array): number[] {
  const line = /([\d.]+) ([\d.]+) m\s+([\d.]+) ([\d.]+) l\s+S/g;
  return pdfStreams(bytes).flatMap((stream) =>
    [...stream.matchAll(line)]
      .filter((m) => m[2] === m[4])
      .map((m) => Math.abs(Number(m[3]) - Number(m[1]))),
  );
}

/** Whitespace and line-break hyphenation do not count when comparing text. */
export function normaliseText(text: string): string {
  return text.replace(/-\s+/g, '-').replace(/\s+/g, ' ').trim();
}

/** Page text with its trailing page header removed, checking the header is there exactly. */
export function pageBodies(
  pages: readonly string[],
  headerFor: (page: number) => string[],
): string[] {
  return pages.map((page, index) => {
    const header = headerFor(index + 1).join('\n');
    expect(page.endsWith(header), `page ${index + 1} ends with its header`).toBe(true);
    return page.slice(0, page.length - header.length);
  });
}

export function expectInOrder(text: string, fragments: readonly string[]): void {
  const haystack = normaliseText(text);
  let from = 0;
  for (const fragment of fragments) {
    const needle = normaliseText(fragment);
    const at = haystack.indexOf(needle, from);
    expect(at, `"${needle}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = at + needle.length;
  }
}

export interface PlacedText {
  page: number;
  text: string;
  left: number;
  right: number;
  pageWidth: number;
}

/** Every text item with its horizontal extent, to check nothing runs off the page. */
export async function placedText(bytes: Uint8Array): Promise<PlacedText[]> {
  const pdf = await getDocumentProxy(bytes.slice());
  const placed: PlacedText[] = [];
  for (let number = 1; number <= pdf.numPages; number += 1) {
    const page = await pdf.getPage(number);
    const [, , pageWidth = 0] = page.view;
    const content = await page.getTextContent();
    for (const item of content.items) {
      if (!('str' in item) || !item.str.trim()) continue;
      const left = Number(item.transform[4]);
      placed.push({ page: number, text: item.str, left, right: left + item.width, pageWidth });
    }
  }
  return placed;
}
