import type * as Y from 'yjs';
import type { DocSchemaVersion } from '../minutesModel.ts';

/**
 * The follow-up date a clause element holds: `due`, and in a version 1 document that was never
 * migrated (locked minutes cannot be rewritten), the `date` a followed-up clause carried instead
 * (the same move as the migration, made in reading).
 */
export function storedDue(clause: Y.XmlElement, version: DocSchemaVersion): unknown {
  const due = clause.getAttribute('due');
  if (due !== undefined || version !== 1) return due;
  return clause.getAttribute('date');
}
