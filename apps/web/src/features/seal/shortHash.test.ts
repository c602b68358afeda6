import { describe, expect, it } from 'vitest';
import { shortHash } from './shortHash.ts';

const SHA = '9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08';

describe('shortHash', () => {
  it('keeps the first twelve and the last four characters around an ellipsis', () => {
    expect(shortHash(SHA)).toBe('9f86d081884c…0a08');
  });

  it('leaves a value that is already short as it is', () => {
    expect(shortHash('abc123')).toBe('abc123');
  });
});
