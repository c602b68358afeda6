/**
 * Where an item goes in the `agenda` array. Writers keep the array in display order (each
 * top-level item followed by its sub-items), so a position among siblings is an array index.
 */
import * as Y from 'yjs';
import type { AgendaRecord } from './agendaRecord.ts';
import { DocSchemaError } from '../layout/docSchemaError.ts';

/** The standing items that close the agenda; a new item goes before the first of them. */
const TRAILING_STANDING = new Set(['calendar', 'any_other_business', 'closing']);
/** The calendar section itself goes before "Övriga frågor" and "Avslutning" (rule M8). */
const AFTER_CALENDAR = new Set(['any_other_business', 'closing']);

interface Slot {
  record: AgendaRecord;
  index: number;
}

export function arraySlots(
  maps: ReadonlyArray<Y.Map<unknown>>,
  read: (map: Y.Map<unknown>) => AgendaRecord | null,
): Slot[] {
  const slots: Slot[] = [];
  maps.forEach((map, index) => {
    const record = map instanceof Y.Map ? read(map) : null;
    if (record !== null) slots.push({ record, index });
  });
  return slots;
}

/**
 * The array index at which to insert among the siblings under `parentId`. Without a position a
 * new top-level item goes before "Kommande möten", "Övriga frågor" and "Avslutning" (rule A5), a
 * sub-item last.
 */
export function insertionIndex(
  slots: readonly Slot[],
  arrayLength: number,
  parentId: string | null,
  position: number | undefined,
  standing: AgendaRecord['standing'],
): number {
  const siblings = slots.filter((slot) => slot.record.parentId === parentId);
  if (position !== undefined) {
    if (!Number.isInteger(position) || position < 0 || position > siblings.length) {
      throw new DocSchemaError(
        'invalid_position',
        `Position ${position} is outside 0–${siblings.length}`,
        {
          position,
        },
      );
    }
    if (position < siblings.length) return siblings[position]!.index;
  }
  if (parentId === null) {
    const before =
      standing === 'calendar'
        ? AFTER_CALENDAR
        : standing !== null && TRAILING_STANDING.has(standing)
          ? null
          : TRAILING_STANDING;
    const firstTrailing = siblings.find(
      (slot) => slot.record.standing !== null && before?.has(slot.record.standing),
    );
    if (position === undefined && firstTrailing !== undefined) return firstTrailing.index;
    return arrayLength;
  }
  const block = slots.filter(
    (slot) => slot.record.id === parentId || slot.record.parentId === parentId,
  );
  return Math.max(...block.map((slot) => slot.index)) + 1;
}
