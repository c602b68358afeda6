import type { AttendanceEntry, MinutesModel } from '@anteckna/doc-schema';

/** The people of the meeting's attendance (the body's people), vacant seats left out. */
export function attendancePeople(model: MinutesModel): AttendanceEntry[] {
  return model.attendance.flatMap((group) => group.people).filter((person) => !person.vacant);
}

/** One option per person, "Name (Organisation)", for choosing who signs or who is elected. */
export function PersonOptions({ people }: { people: readonly AttendanceEntry[] }) {
  return people.map((person) => (
    <option key={person.personId} value={person.personId}>
      {person.organisation ? `${person.name} (${person.organisation})` : person.name}
    </option>
  ));
}
