/** Reading a rendered DOCX back in tests: its parts, and the text of each paragraph. */
import JSZip from 'jszip';

export async function docxParts(bytes: Uint8Array): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const parts = new Map<string, string>();
  for (const name of Object.keys(zip.files)) {
    const file = zip.file(name);
    if (file) parts.set(name, await file.async('string'));
  }
  return parts;
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** The visible text of each w:p, in document order. */
export function docxParagraphs(xml: string): string[] {
  return xml
    .split('</w:p>')
    .map((paragraph) =>
      decodeXml(
        [...paragraph.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)]
          .map((match) => match[1])
          .join(''),
      ).replace(/\t/g, ' '),
    );
}
