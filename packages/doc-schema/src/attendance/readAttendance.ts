/**
 * The `attendance` root: person id → plain entry (SPEC rules P1–P4). Grouped by organisation in
 * the meeting's order, people by their `order`; "not represented" is derived, never typed.
 */
import * as Y from 'yjs';
import type { AttendanceEntry, AttendanceStatus, OrganisationAttendance } from '../minutesModel.ts';
import { attendanceMap } from '../layout/docLayout.ts';

export const ATTENDANCE_STATUSES: readonly AttendanceStatus[] = ['present', 'absent', 'acting'];

export function readAttendanceEntries(doc: Y.Doc): AttendanceEntry[] {
  const entries: AttendanceEntry[] = [];
  for (const [personId, value] of attendanceMap(doc).entries()) {
    const entry = parseEntry(personId, value);
    if (entry !== null) entries.push(entry);
  }
  return entries.sort(byOrderThenName);
}

function parseEntry(personId: string, value: unknown): AttendanceEntry | null {
  if (typeof value !== 'object' || value === null || value instanceof Y.AbstractType) return null;
  const raw = value as Record<string, unknown>;
  if (typeof raw.name !== 'string') return null;
  const entry: AttendanceEntry = {
    personId,
    name: raw.name,
    organisation: typeof raw.organisation === 'string' ? raw.organisation : '',
    status: ATTENDANCE_STATUSES.includes(raw.status as AttendanceStatus)
      ? (raw.status as AttendanceStatus)
      : 'present',
  };
  if (typeof raw.title === 'string') entry.title = raw.title;
  if (typeof raw.actingFor === 'string') entry.actingFor = raw.actingFor;
  if (raw.where === 'room' || raw.where === 'remote') entry.where = raw.where;
  if (typeof raw.role === 'string') entry.role = raw.role;
  if (raw.vacant === true) entry.vacant = true;
  if (typeof raw.order === 'number' && Number.isFinite(raw.order)) entry.order = raw.order;
  return entry;
}

function byOrderThenName(a: AttendanceEntry, b: AttendanceEntry): number {
  const order = (a.order ?? Number.MAX_SAFE_INTEGER) - (b.order ?? Number.MAX_SAFE_INTEGER);
  return order !== 0
    ? order
    : a.name.localeCompare(b.name, 'sv') || a.personId.localeCompare(b.personId);
}

/** Organisations in the meeting's order; organisations not in that list follow, as met. */
export function groupAttendance(
  entries: readonly AttendanceEntry[],
  organisations: readonly string[],
): OrganisationAttendance[] {
  const groups = new Map<string, AttendanceEntry[]>(
    organisations.map((organisation) => [organisation, []]),
  );
  for (const entry of entries) {
    const group = groups.get(entry.organisation);
    if (group) group.push(entry);
    else groups.set(entry.organisation, [entry]);
  }
  return [...groups].map(([organisation, people]) => ({ organisation, people }));
}

/** Counts as representing its organisation: present or acting, and a real person (rule P4). */
export function represents(entry: AttendanceEntry): boolean {
  return (entry.status === 'present' || entry.status === 'acting') && entry.vacant !== true;
}

export function notRepresented(
  entries: readonly AttendanceEntry[],
  organisations: readonly string[],
): string[] {
  const represented = new Set(entries.filter(represents).map((entry) => entry.organisation));
  return organisations.filter((organisation) => !represented.has(organisation));
}
