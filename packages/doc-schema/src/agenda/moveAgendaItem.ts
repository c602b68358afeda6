/**
 * Moves an item (with its sub-items) to a new place, or under a new parent (SPEC rules A3–A4).
 * A Y.Array cannot move an element: the entry is deleted and a copy inserted. The item's text
 * lives in its own roots, keyed by id, so nothing of it moves or is lost.
 */
import * as Y from 'yjs';
import { agendaArray } from '../layout/docLayout.ts';
import { DocSchemaError } from '../layout/docSchemaError.ts';
import { readAgendaRecord } from './agendaRecord.ts';
import { arraySlots, insertionIndex } from './agendaPlacement.ts';

export interface AgendaTarget {
  /** null or absent: top level. */
  parentId?: string | null;
  /** Index among the siblings at the target, counted without the moved item. */
  index: number;
}

export function moveAgendaItem(doc: Y.Doc, itemId: string, target: AgendaTarget): void {
  const agenda = agendaArray(doc);
  const maps = agenda.toArray();
  const slots = arraySlots(maps, readAgendaRecord);
  const item = slots.find((slot) => slot.record.id === itemId);
  if (item === undefined) throw new DocSchemaError('unknown_item', `No item ${itemId}`, { itemId });
  const parentId = target.parentId ?? null;
  const children = slots.filter((slot) => slot.record.parentId === itemId);
  if (parentId !== null) {
    const parent = slots.find((slot) => slot.record.id === parentId);
    if (parent === undefined || parentId === itemId) {
      throw new DocSchemaError('unknown_parent', `No item ${parentId} to move under`, { parentId });
    }
    if (parent.record.parentId !== null || children.length > 0) {
      throw new DocSchemaError('sub_item_too_deep', 'Sub-items are one level deep only', {
        itemId,
        parentId,
      });
    }
  }
  const moving = slots.filter(
    (slot) => slot.record.id === itemId || slot.record.parentId === itemId,
  );
  const movingIndexes = new Set(moving.map((slot) => slot.index));
  const remaining = slots
    .filter((slot) => !movingIndexes.has(slot.index))
    .map((slot) => ({
      record: slot.record,
      index: slot.index - countBelow(movingIndexes, slot.index),
    }));
  const insertAt = insertionIndex(
    remaining,
    maps.length - movingIndexes.size,
    parentId,
    target.index,
    null,
  );
  const seen = new Set<string>();
  const copies = moving
    .filter((slot) => (seen.has(slot.record.id) ? false : (seen.add(slot.record.id), true)))
    .map((slot) => copyMap(maps[slot.index]!, slot.record.id === itemId ? parentId : itemId));
  doc.transact(() => {
    [...movingIndexes].sort((a, b) => b - a).forEach((index) => agenda.delete(index, 1));
    agenda.insert(insertAt, copies);
  });
}

function copyMap(map: Y.Map<unknown>, parentId: string | null): Y.Map<unknown> {
  const copy = new Y.Map<unknown>();
  for (const [key, value] of map.entries())
    copy.set(key, value instanceof Y.AbstractType ? value.toJSON() : value);
  copy.set('parentId', parentId);
  return copy;
}

function countBelow(indexes: ReadonlySet<number>, index: number): number {
  let count = 0;
  for (const other of indexes) if (other < index) count += 1;
  return count;
}
