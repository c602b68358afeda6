import { describe, expect, it } from 'vitest';
import type { AttendanceEntry } from '@anteckna/doc-schema';
import { matchAttendee } from './matchAttendee.ts';

const person = (personId: string, name: string): AttendanceEntry => ({
  personId,
  name,
  organisation: 'Falun',
  status: 'absent',
});
const people = [
  person('a', 'Maria Jonsson'),
  person('b', 'Maria Ståhl'),
  person('c', 'Jesper Karlsson'),
];

describe('matchAttendee', () => {
  it('finds a person by their whole name, whatever the case and spacing', () => {
    expect(matchAttendee(people, '  maria   JONSSON ')?.personId).toBe('a');
  });

  it('finds the one person whose name begins with what was typed', () => {
    expect(matchAttendee(people, 'jes')?.personId).toBe('c');
  });

  it('finds nobody when the beginning fits more than one person', () => {
    expect(matchAttendee(people, 'Maria')).toBeNull();
  });

  it('finds nobody for an empty name', () => {
    expect(matchAttendee(people, '   ')).toBeNull();
  });
});
