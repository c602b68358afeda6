/**
 * Validation of agenda input shared by the agenda writers (SPEC rules A1–A2, W5): everything is
 * checked before the document is touched.
 */
import { ITEM_KINDS, ITEM_STATUSES, STANDING_ITEMS } from '../minutesModel.ts';
import type { AgendaItem, PersonRef } from '../minutesModel.ts';
import { DocSchemaError } from '../layout/docSchemaError.ts';
import { isValidId } from '../layout/docLayout.ts';
import { isPersonRef, isStoredAttachment } from './agendaRecord.ts';
import type { AgendaRecord, StoredAttachment } from './agendaRecord.ts';

/** What a writer may set on an item; `presenterIds` follows from `presenters` (rule A2). */
export interface AgendaItemPatch {
  kind?: AgendaRecord['kind'];
  title?: string;
  standing?: AgendaRecord['standing'];
  late?: boolean;
  status?: AgendaRecord['status'];
  internal?: boolean;
  presenters?: PersonRef[];
  attachments?: StoredAttachment[];
  /** null removes it. */
  carriedFrom?: AgendaItem['carriedFrom'] | null;
  /** null removes it. */
  approvesMeetingId?: string | null;
}

export function validatePatch(patch: AgendaItemPatch): void {
  const fail = (field: string, reason: string): never => {
    throw new DocSchemaError('invalid_item_field', `Agenda field ${field}: ${reason}`, { field });
  };
  if (patch.kind !== undefined && !ITEM_KINDS.includes(patch.kind)) fail('kind', 'unknown kind');
  if (patch.title !== undefined && typeof patch.title !== 'string') fail('title', 'must be text');
  if (
    patch.standing !== undefined &&
    patch.standing !== null &&
    !STANDING_ITEMS.includes(patch.standing)
  ) {
    fail('standing', 'unknown standing item');
  }
  if (patch.status !== undefined && !ITEM_STATUSES.includes(patch.status))
    fail('status', 'unknown status');
  for (const flag of ['late', 'internal'] as const) {
    if (patch[flag] !== undefined && typeof patch[flag] !== 'boolean')
      fail(flag, 'must be true or false');
  }
  if (patch.presenters !== undefined) {
    if (!Array.isArray(patch.presenters) || !patch.presenters.every(isPersonRef))
      fail('presenters', 'must be people');
  }
  if (patch.attachments !== undefined) validateAttachments(patch.attachments);
  if (patch.approvesMeetingId !== undefined && patch.approvesMeetingId !== null) {
    if (typeof patch.approvesMeetingId !== 'string') fail('approvesMeetingId', 'must be text');
  }
  if (patch.carriedFrom !== undefined && patch.carriedFrom !== null) {
    const c = patch.carriedFrom;
    if (![c.meetingId, c.itemId, c.bodyName, c.date].every((value) => typeof value === 'string')) {
      fail('carriedFrom', 'needs meetingId, itemId, bodyName and date');
    }
  }
}

function validateAttachments(attachments: readonly StoredAttachment[]): void {
  const fail = (reason: string): never => {
    throw new DocSchemaError('invalid_attachment', `Attachments: ${reason}`);
  };
  if (!Array.isArray(attachments)) fail('must be an array');
  const ids = new Set<string>();
  for (const attachment of attachments) {
    if (!isStoredAttachment(attachment))
      fail('each needs id, fileName, sha256, size, mediaType, internal');
    if (!isValidId(attachment.id)) fail(`bad id ${String(attachment.id)}`);
    if (ids.has(attachment.id)) fail(`id ${attachment.id} appears twice`);
    ids.add(attachment.id);
  }
}

/** The ids of presenters who have an account: what the write policy reads (rule A2). */
export function presenterIdsOf(presenters: readonly PersonRef[]): string[] {
  const ids: string[] = [];
  for (const person of presenters) {
    if (person.userId !== undefined && !ids.includes(person.userId)) ids.push(person.userId);
  }
  return ids;
}
