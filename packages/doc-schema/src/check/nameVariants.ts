/**
 * Names a reader would take for a known name but that are not spelt as it (SPEC rules K2, K13,
 * K14): "Länschefs nätverket" for "Länschefsnätverket", "Sätters kommun" for "Säter". Shared by
 * the body's name, the other bodies' names and the member organisations.
 *
 * Swedish-aware: case, spaces, hyphens and full stops are ignored when comparing; å, ä, ö (and é,
 * ü) count as their bare letters, because a reader takes "Sater" for "Säter" — so a name that
 * differs only in them is flagged, never passed; a genitive -s ("Säters", "Länschefsnätverkets")
 * and the old compound form without a final -n ("Falu kommun") are the name itself.
 */
import { distance } from 'fastest-levenshtein';

export interface NameVariant {
  /** The text as written. */
  found: string;
  /** The name it stands for, as it should be written. */
  expected: string;
}

export interface VariantOptions {
  /** Spellings that are right: the names themselves are always right, aliases are added here. */
  accepted?: readonly string[];
  /** Only runs starting with a capital letter ("sätter" is a verb, "Sätter" a misspelt Säter). */
  capitalisedOnly?: boolean;
}

interface Token {
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+/gu;
const JOINER = /^[\s-]*$/u;

/** Lowercase, without spaces, hyphens, full stops and apostrophes. */
export function compactName(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\s\-.'’]+/gu, '');
}

/** å, ä, ö, é, ü … as their bare letters: what is left is what a reader compares. */
export function foldLetters(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}

/** How many edits a reader overlooks in a name of this length (letters, compacted). */
export function readerTolerance(length: number): number {
  if (length < 5) return 0;
  if (length < 8) return 1;
  if (length < 14) return 2;
  return 3;
}

/** The forms of a name that are the name: itself, the genitive, the compound form without -n. */
function rightForms(name: string): string[] {
  const compact = compactName(name);
  const forms = [compact, `${compact}s`];
  if (/[^n]n$/u.test(compact)) forms.push(compact.slice(0, -1));
  return forms;
}

/** The edit distance from a candidate to the nearest right form of the name, diacritics folded. */
export function nameDistance(candidate: string, name: string): number {
  const folded = foldLetters(compactName(candidate));
  return Math.min(...rightForms(name).map((form) => distance(folded, foldLetters(form))));
}

/** True when a reader would take the candidate for the name (spelt right or not). */
export function readsAsName(candidate: string, name: string): boolean {
  const compact = compactName(candidate);
  const target = compactName(name);
  if (compact.length === 0 || target.length === 0) return false;
  if (foldLetters(compact[0]!) !== foldLetters(target[0]!)) return false;
  if (Math.abs(compact.length - target.length) > readerTolerance(target.length) + 1) return false;
  return nameDistance(candidate, name) <= readerTolerance(target.length);
}

/**
 * Every run of words in the text that reads as one of the names but is not one of the accepted
 * spellings (the names, their genitives, the aliases) as written. Runs are one word fewer to one
 * word more than the name, joined only by spaces or hyphens; of overlapping runs the closest wins.
 */
export function findNameVariants(
  text: string,
  names: readonly string[],
  options: VariantOptions = {},
): NameVariant[] {
  const tokens: Token[] = [...text.matchAll(WORD)].map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
  }));
  const covered = new Array<boolean>(tokens.length).fill(false);
  const accepted = [...names, ...(options.accepted ?? [])].filter((n) => n.trim().length > 0);
  for (const spelling of accepted) markAccepted(text, tokens, covered, spelling);

  const found: NameVariant[] = [];
  for (let start = 0; start < tokens.length; start++) {
    if (covered[start]) continue;
    const first = text[tokens[start]!.start]!;
    if (options.capitalisedOnly === true && first === first.toLowerCase()) continue;
    let best: { end: number; expected: string; score: number } | null = null;
    for (const name of names) {
      const nameWords = name.match(WORD)?.length ?? 1;
      for (let size = Math.max(1, nameWords - 1); size <= nameWords + 1; size++) {
        const end = start + size - 1;
        if (end >= tokens.length || covered[end]) break;
        if (size > 1 && !JOINER.test(text.slice(tokens[end - 1]!.end, tokens[end]!.start))) break;
        const raw = text.slice(tokens[start]!.start, tokens[end]!.end);
        if (!readsAsName(raw, name)) continue;
        const score = nameDistance(raw, name);
        if (best === null || score < best.score) best = { end, expected: name, score };
      }
    }
    if (best === null) continue;
    found.push({
      found: text.slice(tokens[start]!.start, tokens[best.end]!.end),
      expected: best.expected,
    });
    for (let index = start; index <= best.end; index++) covered[index] = true;
    start = best.end;
  }
  return found;
}

/** Marks the words of every occurrence of a right spelling (or its genitive) as written. */
function markAccepted(
  text: string,
  tokens: readonly Token[],
  covered: boolean[],
  spelling: string,
) {
  const trimmed = spelling.trim();
  const escape = (value: string) => value.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
  // The name, its genitive, and the old compound form without a final -n ("Falu kommun").
  const forms = [`${escape(trimmed)}(?:s|'s|’s)?`];
  if (/[^n]n$/u.test(trimmed)) forms.push(escape(trimmed.slice(0, -1)));
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  for (const match of text.matchAll(pattern)) {
    const end = match.index + match[0].length;
    tokens.forEach((token, index) => {
      if (token.start < end && token.end > match.index) covered[index] = true;
    });
  }
}
