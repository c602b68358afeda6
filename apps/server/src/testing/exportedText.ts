/**
 * The text a reader gets out of a rendered file: PDF pages through pdf.js (as search indexes and
 * screen readers extract it), and the words of a DOCX's body and page headers.
 */
import JSZip from 'jszip';
import { expect } from 'vitest';
import { extractText } from 'unpdf';

/** One string per page, whitespace collapsed. */
export async function pdfPageTexts(bytes: Uint8Array): Promise<string[]> {
  const { text } = await extractText(bytes.slice(), { mergePages: false });
  return text.map((page) => page.replace(/\s+/g, ' ').trim());
}

const XML_ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&quot;': '"',
  '&apos;': "'",
  '&amp;': '&',
};

/** The document and every page header, one line per paragraph. */
export async function docxText(bytes: Uint8Array): Promise<string> {
  const zip = await JSZip.loadAsync(bytes);
  const names = Object.keys(zip.files).filter((name) =>
    /^word\/(document|header\d*)\.xml$/.test(name),
  );
  const xml = await Promise.all(names.map((name) => zip.file(name)!.async('string')));
  return xml
    .join('')
    .replace(/<\/w:p>/g, '\n')
    .replace(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<[^>]+>/g, (_, text?: string) => text ?? '')
    .replace(/&(?:lt|gt|quot|apos|amp);/g, (entity) => XML_ENTITIES[entity]!);
}

/** The text a reader gets out of each format of one meeting, the pack included. */
export async function exportedTexts(url: string, meetingId: string, cookie: string) {
  const get = async (path: string) => {
    const response = await fetch(`${url}/api/meetings/${meetingId}/${path}`, {
      headers: { cookie },
    });
    expect(response.status, path).toBe(200);
    return new Uint8Array(await response.arrayBuffer());
  };
  const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
  return {
    pdfPages: await pdfPageTexts(await get('export.pdf')),
    packPdfPages: await pdfPageTexts(await get('export.pdf?kind=pack')),
    docx: await docxText(await get('export.docx')),
    html: decode(await get('export.html')),
    packHtml: decode(await get('export.html?kind=pack')),
    markdown: decode(await get('export.md')),
  };
}
