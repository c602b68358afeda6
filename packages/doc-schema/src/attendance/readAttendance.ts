/**
 * The `attendance` root: person id → plain entry (SPEC rules P1–P6). Grouped by organisation in
 * the meeting's order, people by their `order`; "not represented" is derived, never typed.
 */
import * as Y from 'yjs';
import type { AttendanceEntry, AttendanceStatus, OrganisationAttendance } from '../minutesModel.ts';
import { attendanceMap } from '../layout/docLayout.ts';
import { readAgendaRecords } from '../agenda/agendaRecord.ts';

export const ATTENDANCE_STATUSES: readonly AttendanceStatus[] = [
  'called',
  'present',
  'absent',
  'acting',
];

/** The statuses a person is marked with; `called` is the state before marking (rule P5). */
export const MARKED_STATUSES: readonly AttendanceStatus[] = ['present', 'absent', 'acting'];

/** `itemIds`: the agenda's item ids; a `fromItem`/`untilItem` naming another is left out (P6). */
export function readAttendanceEntries(
  doc: Y.Doc,
  itemIds: ReadonlySet<string> = new Set(),
): AttendanceEntry[] {
  const entries: AttendanceEntry[] = [];
  for (const [personId, value] of attendanceMap(doc).entries()) {
    const entry = parseEntry(personId, value, itemIds);
    if (entry !== null) entries.push(entry);
  }
  return entries.sort(byOrderThenName);
}

/**
 * One person's entry as the read model shows it (a bound whose item is no longer on the agenda
 * left out, rule P6), or null when there is none: what a writer changes the entry from.
 */
export function readAttendanceEntry(doc: Y.Doc, personId: string): AttendanceEntry | null {
  const itemIds = new Set(readAgendaRecords(doc).map((record) => record.id));
  return parseEntry(personId, attendanceMap(doc).get(personId), itemIds);
}

function parseEntry(
  personId: string,
  value: unknown,
  itemIds: ReadonlySet<string>,
): AttendanceEntry | null {
  if (typeof value !== 'object' || value === null || value instanceof Y.AbstractType) return null;
  const raw = value as Record<string, unknown>;
  if (typeof raw.name !== 'string') return null;
  const entry: AttendanceEntry = {
    personId,
    name: raw.name,
    organisation: typeof raw.organisation === 'string' ? raw.organisation : '',
    // Presence is never assumed: a missing or unknown status reads as not yet marked (P5).
    status: ATTENDANCE_STATUSES.includes(raw.status as AttendanceStatus)
      ? (raw.status as AttendanceStatus)
      : 'called',
  };
  if (typeof raw.title === 'string') entry.title = raw.title;
  if (typeof raw.actingFor === 'string') entry.actingFor = raw.actingFor;
  if (raw.where === 'room' || raw.where === 'remote') entry.where = raw.where;
  if (typeof raw.role === 'string') entry.role = raw.role;
  if (raw.vacant === true) entry.vacant = true;
  if (typeof raw.order === 'number' && Number.isFinite(raw.order)) entry.order = raw.order;
  if (attendsPart(entry.status)) {
    if (typeof raw.fromItem === 'string' && itemIds.has(raw.fromItem))
      entry.fromItem = raw.fromItem;
    if (typeof raw.untilItem === 'string' && itemIds.has(raw.untilItem))
      entry.untilItem = raw.untilItem;
  }
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

/** Present or acting: the statuses that may be for part of the meeting (rule P6). */
export function attendsPart(status: AttendanceStatus): boolean {
  return status === 'present' || status === 'acting';
}

/** Counts as representing its organisation: present or acting, and a real person (rule P4). */
export function represents(entry: AttendanceEntry): boolean {
  return attendsPart(entry.status) && entry.vacant !== true;
}

/** Called and not yet marked: a real person whose attendance nobody has said (rule P5). */
export function isUnmarked(entry: AttendanceEntry): boolean {
  return entry.status === 'called' && entry.vacant !== true;
}

/**
 * Organisations nobody represented (rule P4). "Not represented" is a statement about the
 * meeting: before anyone is marked it is not made at all, and an organisation with a person
 * still unmarked is not listed (rule P5).
 */
export function notRepresented(
  entries: readonly AttendanceEntry[],
  organisations: readonly string[],
): string[] {
  const people = entries.filter((entry) => entry.vacant !== true);
  if (people.length > 0 && people.every(isUnmarked)) return [];
  const known = new Set(
    entries
      .filter((entry) => represents(entry) || isUnmarked(entry))
      .map((entry) => entry.organisation),
  );
  return organisations.filter((organisation) => !known.has(organisation));
}
