/**
 * K4: a decision clause with no verb ("att länsövergripande överenskommelse om …"). A small
 * Swedish heuristic, documented in SPEC: after "att" comes an infinitive ("godkänna"), perhaps
 * after a leading phrase ("efter förmötet besluta"), or a subject followed soon by a finite verb
 * ("Länschefsnätverkets beslut skickas vidare").
 */
import type { MinutesModel } from '../minutesModel.ts';
import type { RuleHit } from './finding.ts';
import { words } from './textSources.ts';
import { isEmptyClause } from './itemCompleteness.ts';
import {
  ADVERBS,
  DETERMINERS,
  FINITE_AUXILIARIES,
  KNOWN_VERBS,
  NOT_VERBS,
  PREPOSITIONS,
  SUBJECT_WORDS,
} from './swedishWords.ts';

export function checkClauseVerbs(model: MinutesModel): RuleHit[] {
  const issues: RuleHit[] = [];
  for (const item of model.items) {
    item.decision.forEach((clause, index) => {
      // A clause with no word at all is empty (K11), not verbless.
      if (isEmptyClause(clause.text) || clauseHasVerb(clause.text)) return;
      issues.push({
        rule: 'clause_without_verb',
        itemId: item.id,
        text: clause.text,
        params: { clause: index, text: clause.text, word: words(clause.text)[0] ?? '' },
      });
    });
  }
  return issues;
}

export function clauseHasVerb(text: string): boolean {
  const all = words(text);
  const start = all.findIndex((word) => !ADVERBS.has(word.toLowerCase()));
  if (start < 0) return false;
  const first = all[start]!;
  if (isInfinitive(first)) return true;
  if (PREPOSITIONS.has(first.toLowerCase()))
    return all.slice(start + 1, start + 7).some(isInfinitive);
  const determiner = DETERMINERS.has(first.toLowerCase());
  if (!determiner && !startsSubject(first)) return false;
  const from = determiner ? start + 2 : start + 1;
  return all.slice(from, start + 5).some(isFiniteVerb);
}

export function isInfinitive(word: string): boolean {
  const lower = word.toLowerCase();
  if (KNOWN_VERBS.has(lower)) return true;
  if (word !== lower || NOT_VERBS.has(lower) || /(?:ande|ende)$/u.test(lower)) return false;
  return /(?:a|å)$/u.test(lower) && lower.length >= 3;
}

/** A name ("Styrgruppen", "Region Dalarna"), a pronoun, or a noun in definite form. */
function startsSubject(word: string): boolean {
  const lower = word.toLowerCase();
  return word !== lower || SUBJECT_WORDS.has(lower) || /(?:en|et|na|ns)$/u.test(lower);
}

/** Present tense (-r: "fakturerar", "gör") or passive and deponent (-s: "skickas", "finns"). */
function isFiniteVerb(word: string): boolean {
  const lower = word.toLowerCase();
  if (word !== lower) return false;
  return FINITE_AUXILIARIES.has(lower) || /[rs]$/u.test(lower);
}
