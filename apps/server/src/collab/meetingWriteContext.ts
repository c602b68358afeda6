import type { MeetingWriteContext } from '@anteckna/domain';
import * as Y from 'yjs';
import type { Room } from './room.ts';

/**
 * The write policy's view of a room: the phase from SQL and the presenters from the server's own
 * `agenda` root, which only the secretary can write, so it can be trusted.
 */
export function meetingWriteContext(room: Room): MeetingWriteContext {
  return {
    phase: room.phase,
    presenterIdsOf: (itemId) => presenterIdsOf(room.doc, itemId),
  };
}

export function presenterIdsOf(doc: Y.Doc, itemId: string): string[] {
  for (const entry of doc.getArray('agenda').toArray()) {
    if (entry instanceof Y.Map && entry.get('id') === itemId)
      return readIds(entry.get('presenterIds'));
  }
  return [];
}

export function allPresenterIds(doc: Y.Doc): Set<string> {
  const ids = new Set<string>();
  for (const entry of doc.getArray('agenda').toArray()) {
    if (entry instanceof Y.Map) for (const id of readIds(entry.get('presenterIds'))) ids.add(id);
  }
  return ids;
}

/** A plain JSON array (CONTRACT) or a Y.Array, as a stock client may write either. */
function readIds(value: unknown): string[] {
  const list = value instanceof Y.Array ? value.toArray() : value;
  return Array.isArray(list) ? list.filter((id): id is string => typeof id === 'string') : [];
}
