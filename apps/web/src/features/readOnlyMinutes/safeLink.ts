/**
 * A link address from the document, or null when it is not one to follow: text written by
 * others must not be able to run script on the reader's page (`javascript:` and the like).
 */
export function safeLink(href: string): string | null {
  const trimmed = href.trim();
  if (/^(https?:|mailto:)/i.test(trimmed)) return trimmed;
  return null;
}
