import { describe, expect, it } from 'vitest';
import { keyWouldType } from './typingKeys.ts';

const key = (
  value: string,
  modifiers: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey', boolean>> = {},
) => ({
  key: value,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  ...modifiers,
});

describe('keyWouldType', () => {
  it('is true for what writes: letters, space, Enter and deletion', () => {
    for (const value of ['a', 'Ö', '4', ' ', 'Enter', 'Backspace', 'Delete'])
      expect(keyWouldType(key(value)), value).toBe(true);
  });

  it('is false for moving, Tab and shortcuts, so reading and copying stay free', () => {
    for (const value of ['ArrowDown', 'Tab', 'Home', 'PageDown', 'Escape', 'Shift'])
      expect(keyWouldType(key(value)), value).toBe(false);
    expect(keyWouldType(key('c', { ctrlKey: true }))).toBe(false);
    expect(keyWouldType(key('c', { metaKey: true }))).toBe(false);
    expect(keyWouldType(key('n', { altKey: true }))).toBe(false);
  });
});
