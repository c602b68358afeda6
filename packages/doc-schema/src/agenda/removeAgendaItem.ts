/**
 * Removes an item and its sub-items from the agenda and empties their fields (SPEC rule A7).
 * Root types cannot be deleted in Yjs: the empty roots stay, and readers ignore roots of ids
 * that are not on the agenda.
 */
import * as Y from 'yjs';
import { ITEM_FIELDS } from '@anteckna/domain';
import { agendaArray, itemFragment } from '../layout/docLayout.ts';
import { DocSchemaError } from '../layout/docSchemaError.ts';

export function removeAgendaItem(doc: Y.Doc, itemId: string): void {
  const agenda = agendaArray(doc);
  const maps = agenda.toArray();
  const ids = new Set([itemId]);
  for (const map of maps) {
    if (
      map instanceof Y.Map &&
      map.get('parentId') === itemId &&
      typeof map.get('id') === 'string'
    ) {
      ids.add(map.get('id') as string);
    }
  }
  const indexes = maps.flatMap((map, index) =>
    map instanceof Y.Map && ids.has(map.get('id') as string) ? [index] : [],
  );
  if (!maps.some((map) => map instanceof Y.Map && map.get('id') === itemId)) {
    throw new DocSchemaError('unknown_item', `No item ${itemId}`, { itemId });
  }
  doc.transact(() => {
    indexes.sort((a, b) => b - a).forEach((index) => agenda.delete(index, 1));
    for (const id of ids) {
      for (const field of ITEM_FIELDS) {
        const fragment = itemFragment(doc, id, field);
        if (fragment.length > 0) fragment.delete(0, fragment.length);
      }
    }
  });
}
