import type { OrganisationAttendance } from '@anteckna/doc-schema';

/** "12 av 20 närvarande": people in seats, acting ones counted as present, vacancies left out. */
export function attendanceCount(groups: readonly OrganisationAttendance[]): {
  present: number;
  total: number;
} {
  const people = groups.flatMap((group) => group.people).filter((person) => !person.vacant);
  return {
    present: people.filter((person) => person.status !== 'absent').length,
    total: people.length,
  };
}
