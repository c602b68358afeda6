import { describe, expect, it } from 'vitest';
import {
  isLiveModeOn,
  liveModeStorageKey,
  parseStoredLiveMode,
  storedLiveModeValue,
} from './liveModeSetting.ts';

describe('isLiveModeOn', () => {
  it('is on by default while the meeting is held and the person is its secretary', () => {
    expect(isLiveModeOn(true, null)).toBe(true);
  });

  it('follows the secretary’s own choice for the meeting', () => {
    expect(isLiveModeOn(true, false)).toBe(false);
    expect(isLiveModeOn(true, true)).toBe(true);
  });

  it('is never on where live mode is not available, whatever was chosen', () => {
    expect(isLiveModeOn(false, true)).toBe(false);
    expect(isLiveModeOn(false, null)).toBe(false);
  });
});

describe('the stored choice', () => {
  it('reads back what was written, per meeting', () => {
    expect(parseStoredLiveMode(storedLiveModeValue(true))).toBe(true);
    expect(parseStoredLiveMode(storedLiveModeValue(false))).toBe(false);
    expect(liveModeStorageKey('a')).not.toBe(liveModeStorageKey('b'));
  });

  it('treats a missing or unknown value as no choice', () => {
    expect(parseStoredLiveMode(null)).toBeNull();
    expect(parseStoredLiveMode('yes')).toBeNull();
  });
});
