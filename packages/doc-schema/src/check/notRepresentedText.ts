/**
 * K7: a typed "not represented" list at odds with attendance. Readers derive the list (rule P4),
 * but secretaries still type one into notes or text; a municipality named there whose member is
 * present is the classic slip.
 */
import type { MinutesModel } from '../minutesModel.ts';
import type { RuleHit } from './finding.ts';
import { represents } from '../attendance/readAttendance.ts';
import { textSources } from './textSources.ts';

const NOT_REPRESENTED = /(?:ej|inte|icke)\s+representera(?:de|d|t)/iu;

export function checkNotRepresentedText(model: MinutesModel): RuleHit[] {
  const present = new Set(
    model.attendance.flatMap((group) =>
      group.people.filter(represents).map((entry) => entry.organisation),
    ),
  );
  const organisations = [
    ...new Set([...model.organisations, ...model.attendance.map((group) => group.organisation)]),
  ];
  const issues: RuleHit[] = [];
  for (const source of textSources(model)) {
    for (const sentence of source.text.split(/(?<=[.!?])\s+|\n+/u)) {
      if (!NOT_REPRESENTED.test(sentence)) continue;
      for (const organisation of organisations) {
        if (!present.has(organisation) || !mentions(sentence, organisation)) continue;
        issues.push({
          rule: 'not_represented_but_present',
          itemId: source.itemId,
          text: sentence.trim(),
          params: { organisation, text: sentence.trim() },
        });
      }
    }
  }
  return issues;
}

function mentions(sentence: string, organisation: string): boolean {
  if (organisation.trim().length === 0) return false;
  const escaped = organisation.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}\\p{N}-])${escaped}s?(?![\\p{L}\\p{N}-])`, 'u').test(sentence);
}
