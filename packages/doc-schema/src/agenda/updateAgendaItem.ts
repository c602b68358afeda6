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

export function updateAgendaItem(doc: Y.Doc, itemId: string, patch: AgendaItemPatch): void {
  const maps = agendaArray(doc)
    .toArray()
    .filter((map) => map instanceof Y.Map && map.get('id') === itemId);
  if (maps.length === 0) throw new DocSchemaError('unknown_item', `No item ${itemId}`, { itemId });
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
