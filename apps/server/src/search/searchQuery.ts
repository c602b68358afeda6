/** The longest query accepted: a sentence, not a pasted document. */
export const MAX_SEARCH_QUERY_LENGTH = 200;
/** Words beyond these are ignored: each adds an FTS term, and no one searches with more. */
const MAX_WORDS = 12;

/**
 * The FTS5 expression for what a person typed: every word (letters and digits; everything else
 * separates words) quoted, so FTS syntax typed by anyone (`"`, `*`, `NEAR`, `OR`, `(`, `:`) is
 * only ever text, and each word of two characters or more a prefix ("nykt" finds
 * "nyktringsenheter"). All words must match. Diacritics are folded by the index's tokenizer on
 * both sides (unicode61 remove_diacritics 2), so "lansstyrelsen" finds "Länsstyrelsen".
 * Null when nothing searchable is left.
 */
export function ftsQuery(typed: string): string | null {
  const unique = searchWords(typed);
  if (unique.length === 0) return null;
  return unique.map((word) => (word.length >= 2 ? `"${word}"*` : `"${word}"`)).join(' ');
}

/** The words of what a person typed (letters and digits), lower case, each once, at most 12. */
export function searchWords(typed: string): string[] {
  const words =
    typed
      .normalize('NFKC')
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)].slice(0, MAX_WORDS);
}
