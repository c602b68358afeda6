import type { KeyPress } from '../meetings/meetingKeys.ts';

/**
 * Alt+N: to the attendance entry. Read from the physical key, since on a Mac Option+N types a
 * dead key instead of "n".
 */
export function isAttendanceKey(press: Omit<KeyPress, 'inText'> & { code: string }): boolean {
  return (
    press.altKey && !press.ctrlKey && !press.metaKey && !press.shiftKey && press.code === 'KeyN'
  );
}
