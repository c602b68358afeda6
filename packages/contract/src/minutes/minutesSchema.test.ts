import { buildSeed001Doc, buildSeed002Doc, readMinutes } from '@anteckna/doc-schema';
import { describe, expect, it } from 'vitest';
import { MinutesSchema } from './minutesSchema.ts';

describe('MinutesSchema', () => {
  it.each([
    ['seed 001 (attendance by organisation)', buildSeed001Doc],
    [
      'seed 002 (running attendance list, locked, with mistakes)',
      () => buildSeed002Doc({ withMistakes: true }),
    ],
  ])('accepts what readMinutes returns for %s, unchanged', (_name, build) => {
    const minutes = readMinutes(build());
    expect(MinutesSchema.parse(minutes)).toEqual(minutes);
    expect(minutes.items.some((item) => item.decision.length > 0)).toBe(true);
    expect(minutes.attendance.length).toBeGreaterThan(0);
  });

  it('refuses minutes whose items are not the read model', () => {
    const minutes = readMinutes(buildSeed001Doc());
    const broken = { ...minutes, items: [{ ...minutes.items[0], decision: 'att godkänna' }] };
    expect(MinutesSchema.safeParse(broken).success).toBe(false);
  });
});
