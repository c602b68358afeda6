import { appError } from '../errors/appError.ts';

/**
 * A Word file's text through mammoth, as lines the parser reads like a text file: one line and
 * a blank line per paragraph, table rows as tab-separated cells, numbered lists with their
 * numbers ("1.", "a)"), struck-through text (absent people in an attendance table) as ~~…~~.
 * mammoth's HTML is small and regular (p, h1–h6, table, ol, ul, li, s, strong, em, a, br), so a
 * walk over its tags is enough.
 */
export async function docxText(bytes: Uint8Array): Promise<string> {
  // mammoth is loaded on the first Word file imported, not at every start of the server.
  const { default: mammoth } = await import('mammoth');
  let html: string;
  try {
    html = (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) })).value;
  } catch (error) {
    throw appError('import_file_unreadable', { cause: error });
  }
  return htmlToLines(html);
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  '#39': "'",
  nbsp: ' ',
};

function inlineText(html: string): string {
  return html
    .replace(/<s>([\s\S]*?)<\/s>/gu, (_, inner: string) => `~~${inlineText(inner).trim()}~~`)
    .replace(/<br\s*\/?>/gu, '\n')
    .replace(/<[^>]+>/gu, '')
    .replace(/&(amp|lt|gt|quot|#39|nbsp);/gu, (_, name: string) => ENTITIES[name] ?? '')
    .replace(/&#(\d+);/gu, (_, code: string) => String.fromCodePoint(Number(code)));
}

export function htmlToLines(html: string): string {
  const lines: string[] = [];
  const lists: Array<{ ordered: boolean; count: number }> = [];
  const tokens =
    html.match(
      /<table[\s\S]*?<\/table>|<\/?(?:ol|ul)>|<li>|<\/li>|<(p|h[1-6])[^>]*>[\s\S]*?<\/\1>/gu,
    ) ?? [];
  let pendingPrefix = '';
  for (const token of tokens) {
    if (token.startsWith('<table')) {
      for (const row of token.match(/<tr>[\s\S]*?<\/tr>/gu) ?? []) {
        const cells = (row.match(/<t[dh][^>]*>[\s\S]*?<\/t[dh]>/gu) ?? []).map((cell) =>
          (cell.match(/<p[^>]*>[\s\S]*?<\/p>/gu) ?? [cell])
            .map((p) => inlineText(p).trim())
            .filter((p) => p.length > 0)
            .join(', '),
        );
        lines.push(cells.join('\t'));
      }
      lines.push('');
      continue;
    }
    if (token === '<ol>' || token === '<ul>') {
      lists.push({ ordered: token === '<ol>', count: 0 });
      continue;
    }
    if (token === '</ol>' || token === '</ul>') {
      lists.pop();
      continue;
    }
    if (token === '<li>') {
      const list = lists.at(-1);
      if (list) {
        list.count += 1;
        pendingPrefix = !list.ordered
          ? '- '
          : lists.length > 1
            ? `${String.fromCharCode(96 + list.count)}) `
            : `${list.count}. `;
      }
      continue;
    }
    if (token === '</li>') continue;
    const text = inlineText(token).trim();
    if (text.length === 0 && pendingPrefix.length === 0) continue;
    lines.push(...`${pendingPrefix}${text}`.split('\n'), '');
    pendingPrefix = '';
  }
  return lines.join('\n');
}
