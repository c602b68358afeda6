import type * as Y from 'yjs';
import type { DecisionClause } from '../minutesModel.ts';
import { itemFragment } from '../layout/docLayout.ts';
import { checkDueAfterMeeting } from './followUp.ts';
import { locateClause, type ClauseAt } from './locateClause.ts';
import { validateClauses } from './writeDecisionClauses.ts';

/** The attributes of a clause that are set beside its text; null removes one. */
export type ClauseAttributesPatch = {
  [K in 'target' | 'due' | 'personId' | 'role' | 'termFrom' | 'termTo']?: string | null;
};

/**
 * Sets (or with null removes) attributes of clause `at` of an item's decision, in place: the
 * clause's text, marks and type stay as they are. The clause is found when the change is written
 * (rule W6); the result is validated as a whole clause (rules U1, V1–V2), so a refused patch
 * changes nothing.
 */
export function updateClauseAttributes(
  doc: Y.Doc,
  itemId: string,
  at: ClauseAt,
  patch: ClauseAttributesPatch,
): void {
  const fragment = itemFragment(doc, itemId, 'decision');
  const { element, clause } = locateClause(fragment, itemId, at);
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
      if (value === undefined) element.removeAttribute(key);
      else element.setAttribute(key, value);
    }
  });
}

/**
 * Sets (or with null removes) the follow-up date of clause `at` of an item's decision, in place:
 * the clause's text, marks and type stay as they are (rule U1).
 */
export function setClauseDue(doc: Y.Doc, itemId: string, at: ClauseAt, due: string | null): void {
  updateClauseAttributes(doc, itemId, at, { due });
}
