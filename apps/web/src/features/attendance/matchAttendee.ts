import type { AttendanceEntry } from '@anteckna/doc-schema';

const normalise = (name: string) => name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('sv');

/**
 * The one person whose name is the typed name, ignoring case and spacing; else the one person
 * whose name starts with it. Null when there is none or the typing is ambiguous.
 */
export function matchAttendee(
  people: readonly AttendanceEntry[],
  typed: string,
): AttendanceEntry | null {
  const wanted = normalise(typed);
  if (!wanted) return null;
  const exact = people.filter((person) => normalise(person.name) === wanted);
  if (exact.length === 1) return exact[0]!;
  if (exact.length > 1) return null;
  const prefix = people.filter((person) => normalise(person.name).startsWith(wanted));
  return prefix.length === 1 ? prefix[0]! : null;
}
