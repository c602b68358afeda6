/** Inline text: characters that would start emphasis, links, code, HTML or table cells. */
export function escapeMarkdown(text: string): string {
  return text.replace(/[\\`*_[\]<>|~]/g, (ch) => `\\${ch}`);
}

/**
 * Text that begins a line: also what would turn it into a heading, quote, list or rule
 * ("12. Beslut …" must not become an ordered list).
 */
export function escapeLineStart(text: string): string {
  return escapeBlockStart(escapeMarkdown(text));
}

/** For text already escaped inline: only the block markers at its start. */
export function escapeBlockStart(markdown: string): string {
  return markdown.replace(/^(\s*)([#>+-])/, '$1\\$2').replace(/^(\s*\d+)([.)])/, '$1\\$2');
}
