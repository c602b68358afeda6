/**
 * The read model as the reader of the document's own version gave it (SPEC rule D6). A seal
 * hashes the read model; minutes locked under version 1 cannot be migrated, and their seal was
 * computed when clauses read `date` and `due` apart. Reading them so keeps those seals true.
 */
import type * as Y from 'yjs';
import type { DecisionClause, MinutesModel } from '../minutesModel.ts';
import { readItemFragment } from '../layout/docLayout.ts';
import { readMinutes } from '../readMinutes.ts';
import { clauseElements } from '../decision/readDecision.ts';
import { FOLLOWED_UP } from '../decision/followUp.ts';
import { isIsoDate } from '../meeting/meetingHeader.ts';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A clause as version 1 read it: the forward's date the import wrote, apart from `due`. */
type Version1Clause = DecisionClause & { date?: string };

export function readMinutesAsWritten(doc: Y.Doc): MinutesModel {
  const model = readMinutes(doc);
  if (model.schemaVersion !== 1) return model;
  for (const item of model.items) {
    const fragment = readItemFragment(doc, item.id, 'decision');
    if (fragment === null) continue;
    clauseElements(fragment).forEach(({ element }, index) => {
      const clause = item.decision[index] as Version1Clause | undefined;
      if (clause === undefined) return;
      delete clause.due;
      const due = element.getAttribute('due');
      if (typeof due === 'string' && isIsoDate(due) && FOLLOWED_UP.has(clause.type))
        clause.due = due;
      const date = element.getAttribute('date');
      if (typeof date === 'string' && ISO_DATE.test(date)) clause.date = date;
    });
  }
  return model;
}
