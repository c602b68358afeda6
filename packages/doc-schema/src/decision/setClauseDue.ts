import type * as Y from 'yjs';
import { DocSchemaError } from '../layout/docSchemaError.ts';
import { itemFragment } from '../layout/docLayout.ts';
import { checkDueAfterMeeting } from './followUp.ts';
import { clauseElements, readDecision } from './readDecision.ts';
import { validateClauses } from './writeDecisionClauses.ts';

/**
 * Sets (or with null removes) the follow-up date of clause `position` of an item's decision, in
 * place: the clause's text, marks and type stay as they are (rule U1).
 */
export function setClauseDue(
  doc: Y.Doc,
  itemId: string,
  position: number,
  due: string | null,
): void {
  const fragment = itemFragment(doc, itemId, 'decision');
  const found = clauseElements(fragment)[position];
  if (!found)
    throw new DocSchemaError('unknown_item', `No clause ${position} in item ${itemId}`, {
      itemId,
      position,
    });
  const clause = readDecision(fragment)[position]!;
  const next = { ...clause, due: due ?? undefined };
  if (due !== null) {
    validateClauses([next]);
    checkDueAfterMeeting(doc, [next]);
  }
  if (clause.due === (due ?? undefined)) return;
  doc.transact(() => {
    if (due === null) found.element.removeAttribute('due');
    else found.element.setAttribute('due', due);
  });
}
