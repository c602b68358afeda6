import { describe, expect, it } from 'vitest';
import { isAttendanceKey } from './liveKeys.ts';

const press = {
  key: 'n',
  code: 'KeyN',
  altKey: true,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
};

describe('isAttendanceKey', () => {
  it('takes Alt+N, also where Option+N types a dead key', () => {
    expect(isAttendanceKey(press)).toBe(true);
    expect(isAttendanceKey({ ...press, key: 'Dead' })).toBe(true);
  });

  it('leaves N alone without Alt, and with Ctrl, ⌘ or Shift added', () => {
    expect(isAttendanceKey({ ...press, altKey: false })).toBe(false);
    expect(isAttendanceKey({ ...press, ctrlKey: true })).toBe(false);
    expect(isAttendanceKey({ ...press, metaKey: true })).toBe(false);
    expect(isAttendanceKey({ ...press, shiftKey: true })).toBe(false);
  });
});
