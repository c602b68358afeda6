/**
 * The root types of a meeting's Y.Doc, version 2 (SPEC rules D1–D6). Every field with its own
 * writers is its own root, so that "who may write this" is a question about root names.
 */
import * as Y from 'yjs';
import { itemRootName, parseDocRoot } from '@anteckna/domain';
import type { ItemField } from '@anteckna/domain';
import type { DocSchemaVersion } from '../minutesModel.ts';

/** Version 2: a clause's follow-up date is `due` only (SPEC rules D3, D6). */
export const DOC_SCHEMA_VERSION: DocSchemaVersion = 2;

export const ROOT_MEETING = 'meeting';
export const ROOT_AGENDA = 'agenda';
export const ROOT_ATTENDANCE = 'attendance';

/** Same rule as the root names in @anteckna/domain: ids must survive inside `item:<id>:<field>`. */
const ID_PATTERN = /^[A-Za-z0-9_-]{1,64}$/;

export function isValidId(id: unknown): id is string {
  return typeof id === 'string' && ID_PATTERN.test(id);
}

/**
 * A new item or attachment id: 128 random bits as 32 hex digits. `getRandomValues`, not
 * `randomUUID`, because browsers offer the latter only in secure contexts.
 */
export function newId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

export function meetingMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT_MEETING);
}

export function agendaArray(doc: Y.Doc): Y.Array<Y.Map<unknown>> {
  return doc.getArray(ROOT_AGENDA);
}

export function attendanceMap(doc: Y.Doc): Y.Map<unknown> {
  return doc.getMap(ROOT_ATTENDANCE);
}

export function itemFragment(doc: Y.Doc, itemId: string, field: ItemField): Y.XmlFragment {
  return doc.getXmlFragment(itemRootName(itemId, field));
}

/**
 * For readers: the field's fragment, or null when the root was defined as another type (by a
 * client that does not follow this layout), so reading never throws (SPEC rule R2).
 */
export function readItemFragment(
  doc: Y.Doc,
  itemId: string,
  field: ItemField,
): Y.XmlFragment | null {
  const existing = doc.share.get(itemRootName(itemId, field));
  if (
    existing !== undefined &&
    existing.constructor !== Y.AbstractType &&
    !(existing instanceof Y.XmlFragment)
  ) {
    return null;
  }
  return doc.getXmlFragment(itemRootName(itemId, field));
}

/**
 * The root name under which a fragment sits, or null when it is not a root of a document.
 * Writers use it to know which item and field a fragment belongs to (SPEC rule T4).
 */
export function rootNameOf(fragment: Y.XmlFragment): string | null {
  const doc = fragment.doc;
  if (doc === null || fragment._item !== null) return null;
  for (const [name, type] of doc.share) {
    if ((type as unknown) === fragment) return name;
  }
  return null;
}

export function itemFieldOf(fragment: Y.XmlFragment): { itemId: string; field: ItemField } | null {
  const name = rootNameOf(fragment);
  if (name === null) return null;
  const root = parseDocRoot(name);
  return root.kind === 'item' ? { itemId: root.itemId, field: root.field } : null;
}
