import type { AttendanceChange, AttendanceState } from '@anteckna/contract';
import type { AttendanceEntry, MinutesModel } from '@anteckna/doc-schema';

/** How one person attended, as the minutes say it; items by their number in that version. */
function stateOf(entry: AttendanceEntry, model: MinutesModel): AttendanceState {
  const numberOf = (itemId: string | undefined) =>
    model.items.find((item) => item.id === itemId)?.number;
  const state: AttendanceState = { status: entry.status };
  if (entry.where) state.where = entry.where;
  if (entry.actingFor) state.actingFor = entry.actingFor;
  const from = numberOf(entry.fromItem);
  const until = numberOf(entry.untilItem);
  if (from) state.fromItem = from;
  if (until) state.untilItem = until;
  if (entry.vacant) state.vacant = true;
  return state;
}

function entries(model: MinutesModel): Map<string, AttendanceEntry> {
  return new Map(
    model.attendance.flatMap((group) => group.people).map((entry) => [entry.personId, entry]),
  );
}

/** Who was added, removed, or marked otherwise (status, where, tf, part of the meeting). */
export function compareAttendance(from: MinutesModel, to: MinutesModel): AttendanceChange[] {
  const before = entries(from);
  const after = entries(to);
  const changes: AttendanceChange[] = [];
  for (const [personId, entry] of after) {
    const old = before.get(personId);
    const next = stateOf(entry, to);
    const previous = old ? stateOf(old, from) : null;
    const same =
      old !== undefined &&
      JSON.stringify(previous) === JSON.stringify(next) &&
      old.name === entry.name &&
      old.organisation === entry.organisation;
    if (same) continue;
    changes.push({
      personId,
      name: entry.name,
      organisation: entry.organisation,
      change: old ? 'changed' : 'added',
      before: previous,
      after: next,
    });
  }
  for (const [personId, entry] of before) {
    if (after.has(personId)) continue;
    changes.push({
      personId,
      name: entry.name,
      organisation: entry.organisation,
      change: 'removed',
      before: stateOf(entry, from),
      after: null,
    });
  }
  return changes;
}
