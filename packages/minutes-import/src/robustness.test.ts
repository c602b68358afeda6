/**
 * Never a crash, never a silent drop: the seeds cut, shuffled and damaged at random (with a fixed
 * seed, so a failure repeats) still parse; what is minutes is written and checked; every line is
 * in the minutes or in a finding.
 */
import { describe, expect, test } from 'vitest';
import { buildImportedDoc } from './buildImportedDoc.ts';
import { checkImportedMinutes } from './checkImportedMinutes.ts';
import { parseMinutesText } from './parseMinutesText.ts';
import { COUNTY_NETWORK, seedText } from './testSupport/seedText.ts';

/** A small deterministic generator (LCG): the same run every time. */
function random(seed: number) {
  let state = seed >>> 0;
  return (below: number) => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state % below;
  };
}

const DAMAGE: Array<(lines: string[], pick: (n: number) => number) => string[]> = [
  (lines, pick) => lines.filter(() => pick(6) !== 0),
  (lines, pick) => lines.flatMap((line) => (pick(8) === 0 ? [line, line] : [line])),
  (lines, pick) => {
    const copy = [...lines];
    for (let k = 0; k < 20; k++) {
      const i = pick(copy.length - 1);
      [copy[i], copy[i + 1]] = [copy[i + 1]!, copy[i]!];
    }
    return copy;
  },
  (lines, pick) => lines.slice(0, 1 + pick(lines.length)),
  (lines) => lines.filter((line) => line.trim().length > 0),
  (lines, pick) => lines.map((line) => (pick(10) === 0 ? line.replace(/[aeiouåäö]/gu, '') : line)),
  (lines, pick) =>
    lines.map((line) => (pick(12) === 0 ? `${line}\u0000\u0007 ¤¤ ${line.slice(0, 5)}` : line)),
  (lines) => [lines.join(' ')],
];

describe('random damage never crashes the import', () => {
  test.each(['001', '002', '004'] as const)(
    'seed %s, 40 damaged copies',
    (id) => {
      const pick = random(Number(id) * 7919);
      const lines = seedText(id).split('\n');
      for (let run = 0; run < 40; run++) {
        const damage = DAMAGE[run % DAMAGE.length]!;
        const text = damage(lines, pick).join('\n');
        const result = parseMinutesText(text, COUNTY_NETWORK);
        const reported = new Set(result.findings.map((f) => f.line));
        const silent = result.lines.filter(
          (line) => line.role === 'unrecognised' && !reported.has(line.n),
        );
        expect(silent, `run ${run}`).toEqual([]);
        if (!result.ok) {
          expect(result.missing.length, `run ${run}`).toBeGreaterThan(0);
          continue;
        }
        const findings = [...result.findings];
        const doc = buildImportedDoc(result.minutes, { phase: 'circulated' }, findings);
        expect(() => checkImportedMinutes(doc, findings), `run ${run}`).not.toThrow();
      }
    },
    60_000,
  );
});
