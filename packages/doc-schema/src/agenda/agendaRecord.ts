/**
 * One agenda entry as stored in the `agenda` Y.Array: a Y.Map of plain values (SPEC rules
 * A1–A2). Presenters are denormalised beside their ids so the record is self-contained.
 */
import * as Y from 'yjs';
import { ITEM_KINDS, ITEM_STATUSES, STANDING_ITEMS } from '../minutesModel.ts';
import type {
  AgendaItem,
  Attachment,
  ItemKind,
  ItemStatus,
  PersonRef,
  StandingItem,
} from '../minutesModel.ts';
import { agendaArray } from '../layout/docLayout.ts';

/** An attachment as stored: its number and label are derived from order (SPEC rule A8). */
export type StoredAttachment = Omit<Attachment, 'number' | 'label'>;

export interface AgendaRecord {
  id: string;
  parentId: string | null;
  kind: ItemKind;
  title: string;
  standing: StandingItem | null;
  late: boolean;
  status: ItemStatus;
  internal: boolean;
  presenterIds: string[];
  presenters: PersonRef[];
  attachments: StoredAttachment[];
  carriedFrom?: AgendaItem['carriedFrom'];
  approvesMeetingId?: string;
}

export const AGENDA_FIELDS = [
  'id',
  'parentId',
  'kind',
  'title',
  'standing',
  'late',
  'status',
  'internal',
  'presenterIds',
  'presenters',
  'attachments',
  'carriedFrom',
  'approvesMeetingId',
] as const;

/** Reads a record leniently: a stock client may write only `id` and `title` (CONTRACT). */
export function readAgendaRecord(map: Y.Map<unknown>): AgendaRecord | null {
  const id = map.get('id');
  if (typeof id !== 'string' || id.length === 0) return null;
  const parentId = map.get('parentId');
  const record: AgendaRecord = {
    id,
    parentId: typeof parentId === 'string' && parentId.length > 0 ? parentId : null,
    kind: oneOf(map.get('kind'), ITEM_KINDS, 'information'),
    title: stringOr(map.get('title'), ''),
    standing: oneOf(map.get('standing'), STANDING_ITEMS, null),
    late: map.get('late') === true,
    status: oneOf(map.get('status'), ITEM_STATUSES, 'active'),
    internal: map.get('internal') === true,
    presenterIds: stringArray(map.get('presenterIds')),
    presenters: objectArray(map.get('presenters')).filter(isPersonRef),
    attachments: objectArray(map.get('attachments')).filter(isStoredAttachment),
  };
  const carriedFrom = map.get('carriedFrom');
  if (isCarriedFrom(carriedFrom)) record.carriedFrom = carriedFrom;
  const approvesMeetingId = map.get('approvesMeetingId');
  if (typeof approvesMeetingId === 'string' && approvesMeetingId.length > 0) {
    record.approvesMeetingId = approvesMeetingId;
  }
  return record;
}

/** The records in array order, each id once: a concurrent move can leave a copy behind (A4). */
export function readAgendaRecords(doc: Y.Doc): AgendaRecord[] {
  const seen = new Set<string>();
  const records: AgendaRecord[] = [];
  for (const map of agendaArray(doc).toArray()) {
    if (!(map instanceof Y.Map)) continue;
    const record = readAgendaRecord(map);
    if (record === null || seen.has(record.id)) continue;
    seen.add(record.id);
    records.push(record);
  }
  return records;
}

export function findAgendaIndex(doc: Y.Doc, itemId: string): number {
  return agendaArray(doc)
    .toArray()
    .findIndex((map) => map instanceof Y.Map && map.get('id') === itemId);
}

export function recordToMap(record: AgendaRecord): Y.Map<unknown> {
  const map = new Y.Map<unknown>();
  for (const field of AGENDA_FIELDS) {
    const value = record[field];
    if (value !== undefined) map.set(field, value);
  }
  return map;
}

function oneOf<T extends string, D>(value: unknown, allowed: readonly T[], fallback: D): T | D {
  return (allowed as readonly unknown[]).includes(value) ? (value as T) : fallback;
}

function stringOr(value: unknown, fallback: string): string {
  return typeof value === 'string' ? value : fallback;
}

function stringArray(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((entry): entry is string => typeof entry === 'string')
    : [];
}

function objectArray(value: unknown): unknown[] {
  return Array.isArray(value)
    ? value.filter((entry) => typeof entry === 'object' && entry !== null)
    : [];
}

export function isPersonRef(value: unknown): value is PersonRef {
  if (typeof value !== 'object' || value === null) return false;
  const person = value as Record<string, unknown>;
  return (
    typeof person.name === 'string' &&
    optionalString(person.userId) &&
    optionalString(person.title) &&
    optionalString(person.organisation)
  );
}

export function isStoredAttachment(value: unknown): value is StoredAttachment {
  if (typeof value !== 'object' || value === null) return false;
  const a = value as Record<string, unknown>;
  return (
    typeof a.id === 'string' &&
    typeof a.fileName === 'string' &&
    typeof a.sha256 === 'string' &&
    typeof a.size === 'number' &&
    typeof a.mediaType === 'string' &&
    typeof a.internal === 'boolean' &&
    (a.joinsPrevious === undefined || typeof a.joinsPrevious === 'boolean')
  );
}

function isCarriedFrom(value: unknown): value is NonNullable<AgendaItem['carriedFrom']> {
  if (typeof value !== 'object' || value === null) return false;
  const c = value as Record<string, unknown>;
  return ['meetingId', 'itemId', 'bodyName', 'date'].every((key) => typeof c[key] === 'string');
}

function optionalString(value: unknown): boolean {
  return value === undefined || typeof value === 'string';
}
