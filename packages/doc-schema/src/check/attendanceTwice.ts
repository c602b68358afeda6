/**
 * K12: a person listed twice in the attendance (under one organisation or two): the same name,
 * case and spacing aside. Vacant seats are not people.
 */
import type { MinutesModel } from '../minutesModel.ts';
import type { RuleHit } from './finding.ts';

export function checkPersonListedTwice(model: MinutesModel): RuleHit[] {
  const byName = new Map<string, string[]>();
  for (const group of model.attendance) {
    for (const entry of group.people) {
      if (entry.vacant === true || entry.name.trim().length === 0) continue;
      const key = entry.name.normalize('NFC').trim().replace(/\s+/gu, ' ').toLowerCase();
      byName.set(key, [...(byName.get(key) ?? []), entry.name]);
    }
  }
  return [...byName.values()]
    .filter((names) => names.length > 1)
    .map((names) => ({
      rule: 'person_listed_twice',
      text: names[0]!,
      params: { name: names[0]!, count: names.length },
    }));
}
