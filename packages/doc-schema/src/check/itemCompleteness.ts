/**
 * K9: an item without a title; K10: a decision item without a decision once the meeting is held;
 * K11: an att-clause with nothing in it. What a reader of the minutes would find missing.
 */
import type { AgendaItem, ItemKind, MinutesModel } from '../minutesModel.ts';
import type { RuleHit } from './finding.ts';

/** Kinds whose minutes must say what was decided. */
const DECIDING_KINDS: ReadonlySet<ItemKind> = new Set(['beslut', 'information_beslut', 'val']);
/** From the start of the meeting on, a decision item is decided (or tabled, or withdrawn). */
const HELD_PHASES: ReadonlySet<string> = new Set(['live', 'circulated', 'locked']);
/** "att" alone, or no word at all ("att …", "–"). */
const EMPTY_CLAUSE = /^(?:att)?[^\p{L}\p{N}]*$/iu;

export function checkItemTitles(model: MinutesModel): RuleHit[] {
  return model.items
    .filter((item) => item.title.trim().length === 0)
    .map((item) => ({
      rule: 'item_without_title',
      itemId: item.id,
      text: item.title,
      params: { number: item.number },
    }));
}

export function checkMissingDecisions(model: MinutesModel): RuleHit[] {
  if (!HELD_PHASES.has(model.meeting.phase)) return [];
  const parents = new Set(model.items.map((item) => item.parentId).filter((id) => id !== null));
  return model.items
    .filter((item) => needsDecision(item, parents))
    .map((item) => ({
      rule: 'decision_missing',
      itemId: item.id,
      text: item.title,
      params: { number: item.number, title: item.title },
    }));
}

/**
 * Standing items keep their defaults (the approval of the previous minutes writes its own
 * clause); an item with sub-items is decided in them; tabled and withdrawn items are not decided.
 */
function needsDecision(item: AgendaItem, parents: ReadonlySet<string | null>): boolean {
  return (
    DECIDING_KINDS.has(item.kind) &&
    item.standing === null &&
    item.status === 'active' &&
    !parents.has(item.id) &&
    item.decision.length === 0
  );
}

export function checkEmptyClauses(model: MinutesModel): RuleHit[] {
  return model.items.flatMap((item) =>
    item.decision
      .filter((clause) => isEmptyClause(clause.text))
      .map((clause) => ({
        rule: 'clause_empty' as const,
        itemId: item.id,
        text: clause.text,
        params: { number: item.number },
      })),
  );
}

export function isEmptyClause(text: string): boolean {
  return EMPTY_CLAUSE.test(text.trim());
}
