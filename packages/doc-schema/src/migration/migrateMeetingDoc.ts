/**
 * Brings a stored document to the current version (SPEC rule D6), in one transaction, so one
 * update carries the whole migration. Version 1 → 2: a clause's follow-up date moves from `date`
 * (which the import wrote) into `due` (which the registers write), so one attribute says it.
 */
import * as Y from 'yjs';
import { parseDocRoot } from '@anteckna/domain';
import type { DocSchemaVersion } from '../minutesModel.ts';
import { DOC_SCHEMA_VERSION, meetingMap, readItemFragment } from '../layout/docLayout.ts';
import { docVersion } from '../layout/docVersion.ts';
import { isIsoDate } from '../meeting/meetingHeader.ts';
import { FOLLOWED_UP } from '../decision/followUp.ts';
import { clauseTypeOf } from '../decision/readDecision.ts';

/** Returns the version the document was in; a current document is left untouched. */
export function migrateMeetingDoc(doc: Y.Doc): DocSchemaVersion {
  const from = docVersion(doc);
  if (from === DOC_SCHEMA_VERSION) return from;
  doc.transact(() => {
    for (const name of [...doc.share.keys()]) {
      const root = parseDocRoot(name);
      if (root.kind !== 'item' || root.field !== 'decision') continue;
      const fragment = readItemFragment(doc, root.itemId, 'decision');
      for (const child of fragment?.toArray() ?? []) {
        if (child instanceof Y.XmlElement) moveDateToDue(child);
      }
    }
    meetingMap(doc).set('schemaVersion', DOC_SCHEMA_VERSION);
  });
  return from;
}

function moveDateToDue(clause: Y.XmlElement): void {
  const date = clause.getAttribute('date');
  if (date === undefined) return;
  const followedUp = FOLLOWED_UP.has(clauseTypeOf(clause.getAttribute('clauseType')));
  if (
    followedUp &&
    typeof date === 'string' &&
    isIsoDate(date) &&
    clause.getAttribute('due') === undefined
  ) {
    clause.setAttribute('due', date);
  }
  clause.removeAttribute('date');
}
