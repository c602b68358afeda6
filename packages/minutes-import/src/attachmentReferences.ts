/**
 * References to attachments in the text: "Bilaga 9", "bilaga 10", "Bil 15,16", "Bil. 3 och 4",
 * "Bilaga 18a–f", "bilaga 18a-18f", "Bilagor 5–7". Each names a number, and a lettered group
 * names its letters.
 */

export interface AttachmentReference {
  number: number;
  /** Letters of a lettered group ("a" … "f"), empty for a plain number. */
  letters: string[];
  /** The reference as written. */
  text: string;
}

const PART = String.raw`\d{1,3}[a-z]?(?:\s*[-–—]\s*(?:\d{1,3})?[a-z]?)?`;
const REFERENCE = new RegExp(
  String.raw`\b(?:bilagorna|bilagor|bilaga|bil)\.?\s*(${PART}(?:\s*(?:,|och|&|\+)\s*${PART})*)`,
  'giu',
);
const ONE = /^(\d{1,3})([a-z])?(?:\s*[-–—]\s*(\d{1,3})?([a-z])?)?$/u;

export function findAttachmentReferences(text: string): AttachmentReference[] {
  const found: AttachmentReference[] = [];
  for (const match of text.matchAll(REFERENCE)) {
    for (const part of (match[1] ?? '').split(/\s*(?:,|och|&|\+)\s*/u)) {
      const one = ONE.exec(part.trim());
      if (!one) continue;
      const from = Number(one[1]);
      const firstLetter = one[2];
      const to = one[3] === undefined ? from : Number(one[3]);
      const lastLetter = one[4];
      if (firstLetter !== undefined) {
        const end = lastLetter ?? firstLetter;
        found.push({ number: from, letters: letterRange(firstLetter, end), text: match[0] });
      } else if (to > from && to - from <= 20) {
        for (let number = from; number <= to; number += 1)
          found.push({ number, letters: [], text: match[0] });
      } else found.push({ number: from, letters: [], text: match[0] });
    }
  }
  return found;
}

function letterRange(first: string, last: string): string[] {
  const letters: string[] = [];
  for (let code = first.charCodeAt(0); code <= last.charCodeAt(0) && letters.length < 26; code += 1)
    letters.push(String.fromCharCode(code));
  return letters.length === 0 ? [first] : letters;
}
