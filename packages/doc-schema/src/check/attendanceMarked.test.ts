import { describe, expect, test } from 'vitest';
import { checkMinutes } from './checkMinutes.ts';
import { readMinutes } from '../readMinutes.ts';
import { buildSeed001Doc } from '../fixtures/seed001.ts';
import { setAttendance } from '../attendance/setAttendance.ts';
import { setMeetingPhase } from '../meeting/updateMeetingHeader.ts';
import { attendanceMap } from '../layout/docLayout.ts';
import type { AttendanceInput } from '../attendance/setAttendance.ts';

/** Seed 001 with one member left as called ("kallad"), as a forgotten mark would leave it. */
function seedWithUnmarkedMember(phase: 'preparation' | 'live' | 'circulated') {
  const doc = buildSeed001Doc();
  const [personId, value] = [...attendanceMap(doc).entries()].find(
    ([, entry]) => (entry as AttendanceInput).status === 'present',
  )!;
  const entry = value as AttendanceInput;
  setAttendance(doc, personId, { ...entry, status: 'called' });
  setMeetingPhase(doc, phase);
  return { doc, personId, name: entry.name };
}

describe('[K30] attendance not marked at circulation', () => {
  test('[K30] a member still called in held minutes is an error naming them', () => {
    const { doc, name } = seedWithUnmarkedMember('circulated');
    const findings = checkMinutes(readMinutes(doc)).filter(
      (issue) => issue.rule === 'attendance_not_marked',
    );
    expect(findings).toEqual([
      {
        rule: 'attendance_not_marked',
        severity: 'error',
        itemId: null,
        text: name,
        message: expect.stringMatching(
          new RegExp(`^Närvaron för ${name} \\(.+\\) är inte markerad`),
        ) as string,
      },
    ]);
  });

  test('[K30] before the meeting, called is the right state and not a finding', () => {
    const { doc } = seedWithUnmarkedMember('preparation');
    expect(checkMinutes(readMinutes(doc))).toEqual([]);
  });

  test('[K30] a vacant seat is never unmarked, and marked minutes pass', () => {
    const doc = buildSeed001Doc();
    setMeetingPhase(doc, 'live');
    expect(checkMinutes(readMinutes(doc)).map((issue) => issue.rule)).not.toContain(
      'attendance_not_marked',
    );
  });
});
