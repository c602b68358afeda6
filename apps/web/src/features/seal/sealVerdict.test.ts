import { describe, expect, it } from 'vitest';
import { sealVerdict } from './sealVerdict.ts';

describe('sealVerdict', () => {
  it('holds when the server verified the seal and its chain', () => {
    expect(sealVerdict({ verified: true, contentMatches: true })).toBe('holds');
  });

  it('says the content changed when the minutes no longer hash to their seal', () => {
    expect(sealVerdict({ verified: false, contentMatches: false })).toBe('contentChanged');
  });

  it('says the chain is broken when the minutes match but an earlier link fails', () => {
    expect(sealVerdict({ verified: false, contentMatches: true })).toBe('chainBroken');
  });

  it('says only that it does not hold when the server does not say which', () => {
    expect(sealVerdict({ verified: false })).toBe('broken');
  });
});
