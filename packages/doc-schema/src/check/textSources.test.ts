import { describe, expect, test } from 'vitest';
import { withinEditDistance, words } from './textSources.ts';

/** The textbook Levenshtein distance, to check the banded one against. */
function levenshtein(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)),
  );
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      rows[i]![j] = Math.min(
        rows[i - 1]![j]! + 1,
        rows[i]![j - 1]! + 1,
        rows[i - 1]![j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1),
      );
    }
  }
  return rows[a.length]![b.length]!;
}

describe('text helpers of the mistake check', () => {
  test('[K1][K2] the edit distance (fastest-levenshtein) agrees with the textbook one', () => {
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    const word = () =>
      Array.from({ length: Math.floor(random() * 9) }, () => 'abcå'[Math.floor(random() * 4)]).join(
        '',
      );
    for (let run = 0; run < 3000; run++) {
      const [a, b, max] = [word(), word(), Math.floor(random() * 4)];
      expect(withinEditDistance(a, b, max), `${a} ${b} ${max}`).toBe(levenshtein(a, b) <= max);
    }
  });

  test('[K2] words keep hyphenated names whole', () => {
    expect(words('Malung-Sälen och Region Dalarna, 2025.')).toEqual([
      'Malung-Sälen',
      'och',
      'Region',
      'Dalarna',
      '2025',
    ]);
  });
});
