/**
 * Writers of the `attendance` root (SPEC rules P1–P7): one plain entry per person id, replaced
 * whole, so two people editing different people never conflict.
 */
import type * as Y from 'yjs';
import type { AttendanceEntry } from '../minutesModel.ts';
import { attendanceMap } from '../layout/docLayout.ts';
import { DocSchemaError } from '../layout/docSchemaError.ts';
import { readOrganisations } from '../meeting/meetingHeader.ts';
import { readAgendaRecords } from '../agenda/agendaRecord.ts';
import { numberAgenda } from '../agenda/agendaNumbering.ts';
import { ATTENDANCE_STATUSES, attendsPart, readAttendanceEntry } from './readAttendance.ts';

export type AttendanceInput = Omit<AttendanceEntry, 'personId'>;

export function setAttendance(doc: Y.Doc, personId: string, entry: AttendanceInput): void {
  validateEntry(personId, entry);
  const organisations = readOrganisations(doc);
  if (
    entry.organisation !== '' &&
    organisations.length > 0 &&
    !organisations.includes(entry.organisation)
  ) {
    throw new DocSchemaError(
      'unknown_organisation',
      `${entry.organisation} is not an organisation of the meeting`,
      {
        organisation: entry.organisation,
      },
    );
  }
  validatePart(doc, personId, entry);
  const attendance = attendanceMap(doc);
  const stored: Record<string, unknown> = Object.fromEntries(
    Object.entries(entry).filter(([key, value]) => value !== undefined && key !== 'personId'),
  );
  if (entry.order === undefined)
    stored.order = existingOrder(attendance, personId) ?? nextOrder(attendance);
  doc.transact(() => {
    if (!sameEntry(attendance.get(personId), stored)) attendance.set(personId, stored);
  });
}

/**
 * What a choice changes of one entry: the keys given, each replaced; a key given as undefined is
 * cleared ("where" unknown again, the whole meeting again).
 */
export type AttendancePatch = Partial<AttendanceInput>;

/**
 * Rule P7: changes one person's entry as the document holds it when the change is written, not
 * as a form last rendered it. Choices made one right after the other (present, then at a
 * distance), or made by someone else between the render and the write (from item 4 b), are
 * kept. A status that is no longer acting drops `actingFor`, and one that no longer attends
 * drops the part of the meeting (P2, P6), as the writer would refuse them otherwise.
 */
export function updateAttendance(doc: Y.Doc, personId: string, patch: AttendancePatch): void {
  const stored = readAttendanceEntry(doc, personId);
  if (stored === null) {
    throw new DocSchemaError('invalid_attendance', `No attendance entry for ${personId}`, {
      personId,
    });
  }
  const { personId: _id, ...current } = stored;
  const next: AttendanceInput = { ...current, ...patch };
  if (next.status !== 'acting') delete next.actingFor;
  if (!attendsPart(next.status)) {
    delete next.fromItem;
    delete next.untilItem;
  }
  setAttendance(doc, personId, next);
}

export function removeAttendance(doc: Y.Doc, personId: string): void {
  const attendance = attendanceMap(doc);
  if (!attendance.has(personId)) {
    throw new DocSchemaError('invalid_attendance', `No attendance entry for ${personId}`, {
      personId,
    });
  }
  doc.transact(() => attendance.delete(personId));
}

function validateEntry(personId: string, entry: AttendanceInput): void {
  const fail = (reason: string): never => {
    throw new DocSchemaError('invalid_attendance', `Attendance of ${personId}: ${reason}`, {
      personId,
    });
  };
  if (typeof personId !== 'string' || personId.length === 0 || personId.length > 128)
    fail('bad person id');
  if (typeof entry.name !== 'string' || entry.name.trim().length === 0) fail('a name is needed');
  if (typeof entry.organisation !== 'string') fail('organisation must be text');
  if (!ATTENDANCE_STATUSES.includes(entry.status))
    fail('status must be called, present, absent or acting');
  if (entry.actingFor !== undefined && entry.status !== 'acting')
    fail('actingFor is only for status acting');
  if (entry.where !== undefined && entry.where !== 'room' && entry.where !== 'remote')
    fail('where is room or remote');
  if (entry.vacant === true && entry.status !== 'absent') fail('a vacant seat cannot be present');
  if ((entry.fromItem !== undefined || entry.untilItem !== undefined) && !attendsPart(entry.status))
    fail('only a present or acting person attends part of the meeting');
  for (const key of ['title', 'actingFor', 'role', 'fromItem', 'untilItem'] as const) {
    if (entry[key] !== undefined && typeof entry[key] !== 'string') fail(`${key} must be text`);
  }
  if (entry.order !== undefined && !Number.isFinite(entry.order)) fail('order must be a number');
}

/** The same keys and values in any order (rule W4): an entry read and written back is unchanged. */
function sameEntry(current: unknown, stored: Record<string, unknown>): boolean {
  if (typeof current !== 'object' || current === null) return false;
  const sorted = (entry: object) =>
    JSON.stringify(Object.entries(entry).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  return sorted(current) === sorted(stored);
}

function existingOrder(attendance: Y.Map<unknown>, personId: string): number | undefined {
  const current = attendance.get(personId);
  const order =
    typeof current === 'object' && current !== null
      ? (current as { order?: unknown }).order
      : undefined;
  return typeof order === 'number' ? order : undefined;
}

function nextOrder(attendance: Y.Map<unknown>): number {
  let max = 0;
  for (const value of attendance.values()) {
    const order =
      typeof value === 'object' && value !== null
        ? (value as { order?: unknown }).order
        : undefined;
    if (typeof order === 'number' && order > max) max = order;
  }
  return max + 1;
}

/**
 * Rule P6: `fromItem` and `untilItem` name items on the agenda, and the meeting's part runs
 * forwards: an `untilItem` before the `fromItem` (in display order) is refused.
 */
function validatePart(doc: Y.Doc, personId: string, entry: AttendanceInput): void {
  if (entry.fromItem === undefined && entry.untilItem === undefined) return;
  const order = numberAgenda(readAgendaRecords(doc)).map(({ record }) => record.id);
  const position = (itemId: string | undefined): number => {
    if (itemId === undefined) return -1;
    const index = order.indexOf(itemId);
    if (index < 0) throw new DocSchemaError('unknown_item', `No item ${itemId}`, { itemId });
    return index;
  };
  const from = position(entry.fromItem);
  const until = position(entry.untilItem);
  if (from >= 0 && until >= 0 && until < from) {
    throw new DocSchemaError(
      'attendance_items_reversed',
      `Attendance of ${personId}: untilItem comes before fromItem`,
      { personId, fromItem: entry.fromItem!, untilItem: entry.untilItem! },
    );
  }
}
