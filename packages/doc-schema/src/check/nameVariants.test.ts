import { describe, expect, test } from 'vitest';
import { findNameVariants, readsAsName } from './nameVariants.ts';

describe('what a reader takes for a name', () => {
  test('[K16] case, spaces, hyphens and å, ä, ö are overlooked; the genitive and "Falu" are the name', () => {
    expect(readsAsName('länschefs nätverket', 'Länschefsnätverket')).toBe(true);
    expect(readsAsName('Malung Sälen', 'Malung-Sälen')).toBe(true);
    expect(readsAsName('Sater', 'Säter')).toBe(true);
    expect(readsAsName('Säters', 'Säter')).toBe(true);
    expect(readsAsName('Falu', 'Falun')).toBe(true);
  });

  test('[K16] the edits overlooked grow with the name: none under 5 letters, then 1, 2, 3', () => {
    expect(readsAsName('Mona', 'Mora')).toBe(false);
    expect(readsAsName('Sätter', 'Säter')).toBe(true);
    expect(readsAsName('Sättter', 'Säter')).toBe(false);
    expect(readsAsName('Hedemorra', 'Hedemora')).toBe(true);
    expect(readsAsName('Hedmorra', 'Hedemora')).toBe(true);
    expect(readsAsName('Hdmorr', 'Hedemora')).toBe(false);
    expect(readsAsName('Länschefnätverk', 'Länschefsnätverket')).toBe(true);
    expect(readsAsName('Chefsnätverket', 'Länschefsnätverket')).toBe(false);
  });

  test('[K16] runs spelt right as written are never reported; of overlapping runs the closest wins', () => {
    expect(findNameVariants('Säters kommun och Säter.', ['Säter'])).toEqual([]);
    expect(findNameVariants('i Region  Dalarnas regi', ['Region Dalarna'])).toEqual([
      { found: 'Region  Dalarnas', expected: 'Region Dalarna' },
    ]);
    expect(findNameVariants('Länschefs nätverket möts', ['Länschefsnätverket'])).toEqual([
      { found: 'Länschefs nätverket', expected: 'Länschefsnätverket' },
    ]);
    expect(
      findNameVariants('Chefsnätverket', ['Länschefsnätverket'], { accepted: ['Chefsnätverket'] }),
    ).toEqual([]);
  });
});
