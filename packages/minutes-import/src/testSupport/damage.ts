/**
 * Damage done to a seed's text the way archives damage it: page headers in the middle of a
 * paragraph, lines broken by OCR, heading variants, a label left out, a name repeated. Each is a
 * transformation of the text, so the test says what was done and the seed stays as it is.
 */

/** Replaces the first occurrence, and fails loudly when the seed no longer has it. */
export function replaceOnce(text: string, from: string | RegExp, to: string): string {
  const found = typeof from === 'string' ? text.includes(from) : from.test(text);
  if (!found) throw new Error(`damage: ${String(from)} not in text`);
  return text.replace(from, to);
}

/** The page header of the first page, put again in the middle of the line holding `inside`. */
export function pageHeaderInside(text: string, inside: string, header: readonly string[]): string {
  const lines = text.split('\n');
  const index = lines.findIndex((line) => line.includes(inside));
  if (index < 0) throw new Error(`damage: ${inside} not in text`);
  const line = lines[index]!;
  const cut = line.indexOf(inside) + inside.length;
  lines.splice(index, 1, line.slice(0, cut), '', ...header, '', line.slice(cut).trimStart());
  return lines.join('\n');
}

/** Every line longer than `width` broken at spaces, a long word hyphenated, as OCR leaves it. */
export function brokenLines(text: string, width: number): string {
  return text
    .split('\n')
    .flatMap((line) => {
      if (line.length <= width || line.includes('\t')) return [line];
      const out: string[] = [];
      let rest = line;
      while (rest.length > width) {
        let cut = rest.lastIndexOf(' ', width);
        if (cut <= 0) cut = width;
        const head = rest.slice(0, cut);
        const word = /(\p{Ll}{12,})$/u.exec(head);
        if (word && out.length % 2 === 0) {
          // hyphenate the long word at the line's end: "samverkans-" / "gruppen"
          const split = head.length - Math.floor(word[1]!.length / 2);
          out.push(`${head.slice(0, split)}-`);
          rest = head.slice(split) + rest.slice(cut);
        } else {
          out.push(head);
          rest = rest.slice(cut).trimStart();
        }
      }
      out.push(rest);
      return out;
    })
    .join('\n');
}
