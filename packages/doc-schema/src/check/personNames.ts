/**
 * K1: a person named two ways. Names come from attendance, presenters, acting-for and clause
 * targets; free text is searched for runs of capitalised words that come close to one of them.
 */
import type { MinutesModel } from '../minutesModel.ts';
import type { RuleHit } from './finding.ts';
import { textSources, withinEditDistance } from './textSources.ts';

interface NamedAt {
  name: string;
  itemId?: string;
}

const CAPITALISED_RUN = /\p{Lu}[\p{L}'’-]*(?:[ \t]+\p{Lu}[\p{L}'’-]*)+/gu;

export function checkPersonNames(model: MinutesModel): RuleHit[] {
  const known = knownNames(model);
  const issues: RuleHit[] = [];
  const reported = new Set<string>();
  const report = (a: NamedAt, b: NamedAt): void => {
    const key = [a.name, b.name].sort().join('\u0000');
    if (reported.has(key)) return;
    reported.add(key);
    issues.push({
      rule: 'person_named_two_ways',
      itemId: a.itemId ?? b.itemId,
      text: a.name,
      params: { name: a.name, otherName: b.name },
    });
  };
  known.forEach((a, index) => {
    for (const b of known.slice(index + 1)) if (samePersonTwoWays(a.name, b.name)) report(a, b);
  });
  const knownLower = new Set(known.map((entry) => entry.name.toLowerCase()));
  // The same words recur through long minutes: compare each distinct candidate once.
  const matches = new Map<string, NamedAt | undefined>();
  for (const source of textSources(model)) {
    for (const candidate of nameCandidates(source.text)) {
      if (knownLower.has(candidate.toLowerCase())) continue;
      if (!matches.has(candidate))
        matches.set(
          candidate,
          known.find((entry) => samePersonTwoWays(candidate, entry.name)),
        );
      const match = matches.get(candidate);
      if (match !== undefined) report({ name: candidate, itemId: source.itemId }, match);
    }
  }
  return issues;
}

function knownNames(model: MinutesModel): NamedAt[] {
  const names = new Map<string, NamedAt>();
  const add = (raw: string | undefined, itemId?: string): void => {
    const name = normalise(raw ?? '');
    if (name.split(' ').length >= 2 && !names.has(name))
      names.set(name, itemId === undefined ? { name } : { name, itemId });
  };
  for (const group of model.attendance) {
    for (const entry of group.people) {
      if (entry.vacant !== true) add(entry.name);
      add(entry.actingFor);
    }
  }
  for (const item of model.items) {
    for (const presenter of item.presenters) add(presenter.name, item.id);
    for (const clause of item.decision)
      if (clause.type === 'elect' || clause.type === 'task') add(clause.target, item.id);
  }
  return [...names.values()];
}

/** Two-word and three-word windows of capitalised runs: "Därefter Anna Berg" holds "Anna Berg". */
function nameCandidates(text: string): string[] {
  const candidates: string[] = [];
  for (const match of text.matchAll(CAPITALISED_RUN)) {
    const tokens = normalise(match[0]).split(' ');
    for (let size = 2; size <= 3; size++) {
      for (let start = 0; start + size <= tokens.length; start++)
        candidates.push(tokens.slice(start, start + size).join(' '));
    }
  }
  return candidates;
}

/**
 * Similar but not equal: edit distance at most 2 (at most 1 for names under 10 letters), or the
 * same surname with first names that differ by at most 2 letters and start alike.
 */
export function samePersonTwoWays(a: string, b: string): boolean {
  const x = normalise(a).toLowerCase();
  const y = normalise(b).toLowerCase();
  if (x === y) return false;
  const xs = x.split(' ');
  const ys = y.split(' ');
  if (xs.length < 2 || ys.length < 2) return false;
  const limit = Math.min(x.length, y.length) >= 10 ? 2 : 1;
  if (withinEditDistance(x, y, limit)) return true;
  const [xFirst, yFirst] = [xs[0]!, ys[0]!];
  return (
    xs[xs.length - 1] === ys[ys.length - 1] &&
    xs.length === ys.length &&
    xFirst[0] === yFirst[0] &&
    Math.min(xFirst.length, yFirst.length) >= 3 &&
    withinEditDistance(xFirst, yFirst, 2)
  );
}

function normalise(name: string): string {
  return name.trim().replace(/\s+/g, ' ');
}
