import type * as Y from 'yjs';
import type { DecisionClause } from '../minutesModel.ts';
import { DocSchemaError } from '../layout/docSchemaError.ts';
import { itemFragment } from '../layout/docLayout.ts';
import { checkDueAfterMeeting } from './followUp.ts';
import { clauseElements, readDecision } from './readDecision.ts';
import { validateClauses } from './writeDecisionClauses.ts';

/** The attributes of a clause that are set beside its text; null removes one. */
export type ClauseAttributesPatch = {
  [K in 'target' | 'due' | 'personId' | 'role' | 'termFrom' | 'termTo']?: string | null;
};

/**
 * Sets (or with null removes) attributes of clause `position` of an item's decision, in place:
 * the clause's text, marks and type stay as they are. The result is validated as a whole clause
 * (rules U1, V1–V2), so a refused patch changes nothing.
 */
export function updateClauseAttributes(
  doc: Y.Doc,
  itemId: string,
  position: number,
  patch: ClauseAttributesPatch,
): void {
  const fragment = itemFragment(doc, itemId, 'decision');
  const found = clauseElements(fragment)[position];
  if (!found)
    throw new DocSchemaError('unknown_item', `No clause ${position} in item ${itemId}`, {
      itemId,
      position,
    });
  const clause = readDecision(fragment)[position]!;
  const next: DecisionClause = { ...clause };
  const keys = Object.keys(patch) as Array<keyof ClauseAttributesPatch>;
  for (const key of keys) {
    const value = patch[key];
    if (value === null || value === undefined || value.trim() === '') delete next[key];
    // Stored as typed: the editor writes on every keystroke, and a space is part of typing.
    else next[key] = value;
  }
  validateClauses([next]);
  checkDueAfterMeeting(doc, [next]);
  const changed = keys.filter((key) => clause[key] !== next[key]);
  if (changed.length === 0) return;
  doc.transact(() => {
    for (const key of changed) {
      const value = next[key];
      if (value === undefined) found.element.removeAttribute(key);
      else found.element.setAttribute(key, value);
    }
  });
}

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
  updateClauseAttributes(doc, itemId, position, { due });
}
