import { describe, expect, it } from 'vitest';
import { initials, itemNumberLabel, presenterLine, showsKindPrefix } from './itemTitle.ts';

describe('itemNumberLabel', () => {
  it('writes a top-level item as "5."', () => {
    expect(itemNumberLabel({ number: '5', depth: 0 })).toBe('5.');
  });

  it('writes a sub-item as "4 a)"', () => {
    expect(itemNumberLabel({ number: '4 a', depth: 1 })).toBe('4 a)');
  });
});

describe('showsKindPrefix', () => {
  it('leaves the prefix off standing items and puts it on others', () => {
    expect(showsKindPrefix({ standing: 'opening' })).toBe(false);
    expect(showsKindPrefix({ standing: null })).toBe(true);
  });
});

describe('presenterLine', () => {
  it('joins name, title and organisation and skips what is missing', () => {
    expect(presenterLine({ name: 'Per Persson', organisation: 'RSS Dalarna' })).toBe(
      'Per Persson, RSS Dalarna',
    );
  });
});

describe('initials', () => {
  it('takes the first letters of the first and last name', () => {
    expect(initials('Anna-Karin von Ek')).toBe('AE');
  });

  it('takes one letter of a single name', () => {
    expect(initials('  åsa ')).toBe('Å');
  });
});
