/**
 * Adds an agenda item (SPEC rules A1–A5), optionally with its first text, in one transaction.
 * Used by new-meeting creation, the demo seed and the secretary's agenda editor.
 */
import type * as Y from 'yjs';
import type { Block, DecisionClause, PersonRef } from '../minutesModel.ts';
import { agendaArray, isValidId, itemFragment, newId } from '../layout/docLayout.ts';
import { DocSchemaError } from '../layout/docSchemaError.ts';
import { readAgendaRecord, recordToMap } from './agendaRecord.ts';
import type { AgendaRecord, StoredAttachment } from './agendaRecord.ts';
import { presenterIdsOf, validatePatch } from './agendaInput.ts';
import { arraySlots, insertionIndex } from './agendaPlacement.ts';
import { replaceBlocks, validateBlocks } from '../blocks/writeBlocks.ts';
import {
  replaceClauses,
  validateClauses,
  withdrawnItemError,
} from '../decision/writeDecisionClauses.ts';

export interface AgendaItemInput {
  /** Generated when absent; must fit in a root name (letters, digits, `-`, `_`; at most 64). */
  id?: string;
  parentId?: string | null;
  kind: AgendaRecord['kind'];
  title: string;
  standing?: AgendaRecord['standing'];
  late?: boolean;
  status?: AgendaRecord['status'];
  internal?: boolean;
  presenters?: PersonRef[];
  attachments?: StoredAttachment[];
  carriedFrom?: AgendaRecord['carriedFrom'];
  approvesMeetingId?: string;
  body?: Block[];
  proposal?: Block[];
  decision?: DecisionClause[];
}

/** Returns the new item's id. `position` is the index among its siblings (rule A5). */
export function addAgendaItem(doc: Y.Doc, input: AgendaItemInput, position?: number): string {
  const agenda = agendaArray(doc);
  const slots = arraySlots(agenda.toArray(), readAgendaRecord);
  const id = input.id ?? newId();
  if (!isValidId(id))
    throw new DocSchemaError('invalid_id', `Item id ${String(id)} does not fit a root name`, {
      id,
    });
  if (slots.some((slot) => slot.record.id === id)) {
    throw new DocSchemaError('duplicate_item_id', `Item ${id} exists already`, { id });
  }
  const parentId = input.parentId ?? null;
  if (parentId !== null) {
    const parent = slots.find((slot) => slot.record.id === parentId);
    if (parent === undefined)
      throw new DocSchemaError('unknown_parent', `No item ${parentId}`, { parentId });
    if (parent.record.parentId !== null) {
      throw new DocSchemaError('sub_item_too_deep', 'Sub-items are one level deep only', {
        parentId,
      });
    }
  }
  validatePatch(input);
  if (typeof input.title !== 'string') {
    throw new DocSchemaError('invalid_item_field', 'Agenda field title: must be text', {
      field: 'title',
    });
  }
  validateBlocks(input.body ?? []);
  validateBlocks(input.proposal ?? []);
  validateClauses(input.decision ?? []);
  if (input.status === 'withdrawn' && (input.decision ?? []).length > 0)
    throw withdrawnItemError(id);
  const standing = input.standing ?? null;
  const index = insertionIndex(slots, agenda.length, parentId, position, standing);
  const presenters = input.presenters ?? [];
  const record: AgendaRecord = {
    id,
    parentId,
    kind: input.kind,
    title: input.title,
    standing,
    late: input.late ?? false,
    status: input.status ?? 'active',
    internal: input.internal ?? false,
    presenterIds: presenterIdsOf(presenters),
    presenters,
    attachments: input.attachments ?? [],
    carriedFrom: input.carriedFrom,
    approvesMeetingId: input.approvesMeetingId,
  };
  doc.transact(() => {
    agenda.insert(index, [recordToMap(record)]);
    if (input.body) replaceBlocks(itemFragment(doc, id, 'body'), input.body);
    if (input.proposal) replaceBlocks(itemFragment(doc, id, 'proposal'), input.proposal);
    if (input.decision) replaceClauses(itemFragment(doc, id, 'decision'), input.decision);
  });
  return id;
}
