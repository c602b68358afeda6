/**
 * K30: attendance not marked at circulation. A new meeting's members are called, not present
 * (rule P5); minutes that go out with someone still unmarked say nothing true about them.
 */
import type { Phase } from '@anteckna/domain';
import type { MinutesModel } from '../minutesModel.ts';
import type { RuleHit } from './finding.ts';
import { isUnmarked } from '../attendance/readAttendance.ts';

/** Once the meeting is held, attendance is a fact to be marked; before, "kallad" is right. */
const HELD: readonly Phase[] = ['live', 'circulated', 'locked'];

export function checkAttendanceMarked(model: MinutesModel): RuleHit[] {
  if (!HELD.includes(model.meeting.phase)) return [];
  return model.attendance
    .flatMap((group) => group.people)
    .filter(isUnmarked)
    .map((entry) => ({
      rule: 'attendance_not_marked' as const,
      text: entry.name,
      params: { name: entry.name, organisation: entry.organisation },
    }));
}
