/**
 * Changes fields of one agenda item (SPEC rules A1–A2, C4). Only fields whose value changes are
 * written, so an unchanged save sends no update to anyone.
 */
import * as Y from 'yjs';
import { agendaArray, itemFragment } from '../layout/docLayout.ts';
import { DocSchemaError } from '../layout/docSchemaError.ts';
import { readDecision } from '../decision/readDecision.ts';
import { withdrawnItemError } from '../decision/writeDecisionClauses.ts';
import { presenterIdsOf, validatePatch } from './agendaInput.ts';
import type { AgendaItemPatch } from './agendaInput.ts';
import { readAgendaRecord } from './agendaRecord.ts';
import type { AgendaRecord } from './agendaRecord.ts';

/**
 * `change` is the patch, or makes it from the item as the document holds it when it is written
 * (rule W6): a list edited from the item a form last rendered (presenters, attachments) would
 * put back the old list over an addition made a moment before.
 */
export function updateAgendaItem(
  doc: Y.Doc,
  itemId: string,
  change: AgendaItemPatch | ((current: AgendaRecord) => AgendaItemPatch),
): void {
  const maps = agendaArray(doc)
    .toArray()
    .filter((map): map is Y.Map<unknown> => map instanceof Y.Map && map.get('id') === itemId);
  // After concurrent moves the first copy counts (rule A4).
  const current = maps.length > 0 ? readAgendaRecord(maps[0]!) : null;
  if (current === null) throw new DocSchemaError('unknown_item', `No item ${itemId}`, { itemId });
  const patch = typeof change === 'function' ? change(current) : change;
  validatePatch(patch);
  if (
    patch.status === 'withdrawn' &&
    readDecision(itemFragment(doc, itemId, 'decision')).length > 0
  ) {
    throw withdrawnItemError(itemId);
  }
  const values: Record<string, unknown> = { ...patch };
  if (patch.presenters !== undefined) values.presenterIds = presenterIdsOf(patch.presenters);
  doc.transact(() => {
    for (const map of maps) {
      for (const [field, value] of Object.entries(values)) {
        if (value === undefined) continue;
        if (value === null && field !== 'standing') map.delete(field);
        else if (JSON.stringify(map.get(field)) !== JSON.stringify(value)) map.set(field, value);
      }
    }
  });
}
