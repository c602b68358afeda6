/**
 * The item the meeting is at now (SPEC rule M5): the secretary's live mode writes it as they move
 * between items, and the projector and everyone following along read it. Kept apart from the
 * header and out of the read model: it says where the meeting is, not what the minutes say.
 */
import type * as Y from 'yjs';
import { readAgendaRecords } from '../agenda/agendaRecord.ts';
import { meetingMap } from '../layout/docLayout.ts';
import { DocSchemaError } from '../layout/docSchemaError.ts';

const KEY = 'currentItemId';

/** The current item's id, or null when none is set or it is no longer on the agenda. */
export function readCurrentItemId(doc: Y.Doc): string | null {
  const value = meetingMap(doc).get(KEY);
  if (typeof value !== 'string') return null;
  return readAgendaRecords(doc).some((record) => record.id === value) ? value : null;
}

/** Sets (or with null clears) the current item; an unchanged value sends nothing. */
export function setCurrentItem(doc: Y.Doc, itemId: string | null): void {
  if (itemId !== null && !readAgendaRecords(doc).some((record) => record.id === itemId)) {
    throw new DocSchemaError('unknown_item', `${String(itemId)} is not on the agenda`, {
      itemId: String(itemId),
    });
  }
  const meeting = meetingMap(doc);
  if ((meeting.get(KEY) ?? null) === itemId) return;
  doc.transact(() => meeting.set(KEY, itemId));
}
