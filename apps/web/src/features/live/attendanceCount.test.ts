import { describe, expect, it } from 'vitest';
import type { AttendanceEntry } from '@anteckna/doc-schema';
import { attendanceCount } from './attendanceCount.ts';

const person = (personId: string, patch: Partial<AttendanceEntry>): AttendanceEntry => ({
  personId,
  name: personId,
  organisation: 'Falun',
  status: 'present',
  ...patch,
});

describe('attendanceCount', () => {
  it('counts present and acting people of every organisation, not absent ones', () => {
    const groups = [
      { organisation: 'Falun', people: [person('a', {}), person('b', { status: 'absent' })] },
      { organisation: 'Mora', people: [person('c', { status: 'acting', actingFor: 'D' })] },
    ];
    expect(attendanceCount(groups)).toEqual({ present: 2, total: 3, unmarked: 0 });
  });

  it('[P5] counts called people as not yet marked, never as present', () => {
    const groups = [
      {
        organisation: 'Falun',
        people: [person('a', { status: 'called' }), person('b', { status: 'called' })],
      },
    ];
    expect(attendanceCount(groups)).toEqual({ present: 0, total: 2, unmarked: 2 });
  });

  it('leaves vacant seats out of both numbers', () => {
    const groups = [
      { organisation: 'Orsa', people: [person('v', { vacant: true, status: 'absent' })] },
    ];
    expect(attendanceCount(groups)).toEqual({ present: 0, total: 0, unmarked: 0 });
  });
});
