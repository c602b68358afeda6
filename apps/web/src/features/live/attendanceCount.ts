import type { OrganisationAttendance } from '@anteckna/doc-schema';

/**
 * "12 av 20 närvarande · 3 ej markerade": people in seats, acting ones counted as present,
 * vacancies left out. Called people are not present: presence is never assumed (SPEC rule P5).
 */
export function attendanceCount(groups: readonly OrganisationAttendance[]): {
  present: number;
  total: number;
  unmarked: number;
} {
  const people = groups.flatMap((group) => group.people).filter((person) => !person.vacant);
  return {
    present: people.filter((person) => person.status === 'present' || person.status === 'acting')
      .length,
    total: people.length,
    unmarked: people.filter((person) => person.status === 'called').length,
  };
}
