/**
 * K2: the body named two ways ("Länschefs nätverket" for "Länschefsnätverket"). Runs of one word
 * fewer to one word more than the name, starting with the name's letter and not holding the name
 * itself, are compared with spaces and hyphens removed; a genitive -s is the same name.
 */
import type { MinutesModel } from '../minutesModel.ts';
import type { MinutesIssue } from './minutesIssue.ts';
import { textSources, withinEditDistance } from './textSources.ts';

const WORD = /[\p{L}\p{N}]+/gu;

export function checkBodyNames(model: MinutesModel): MinutesIssue[] {
  const names = [model.meeting.bodyShortName, model.meeting.bodyName].filter(
    (name) => name.trim().length > 0,
  );
  const issues: MinutesIssue[] = [];
  const reported = new Set<string>();
  for (const source of textSources(model)) {
    const tokens = tokenise(source.text);
    for (const name of names) {
      for (const found of variantsIn(source.text, tokens, name)) {
        const key = `${source.itemId ?? ''}\u0000${found}`;
        if (reported.has(key)) continue;
        reported.add(key);
        issues.push({
          id: 'body_named_two_ways',
          severity: 'error',
          ...(source.itemId === undefined ? {} : { itemId: source.itemId }),
          params: { expected: name, found },
        });
      }
    }
  }
  return issues;
}

interface Token {
  start: number;
  end: number;
  lower: string;
}

function tokenise(text: string): Token[] {
  return [...text.matchAll(WORD)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    lower: match[0].toLowerCase(),
  }));
}

function variantsIn(text: string, tokens: readonly Token[], name: string): string[] {
  const target = compact(name);
  const initial = target[0];
  const nameWords = name.match(WORD)?.length ?? 1;
  const found: string[] = [];
  for (let start = 0; start < tokens.length; start++) {
    if (tokens[start]!.lower[0] !== initial) continue;
    let candidate = '';
    for (let size = 1; size <= nameWords + 1 && start + size <= tokens.length; size++) {
      const token = tokens[start + size - 1]!;
      if (size > 1 && !/^[\s-]+$/u.test(text.slice(tokens[start + size - 2]!.end, token.start)))
        break;
      candidate += token.lower;
      if (size < nameWords - 1 || !isVariant(candidate, target)) continue;
      const raw = text.slice(tokens[start]!.start, token.end);
      if (!raw.includes(name)) found.push(raw);
    }
  }
  return found;
}

function isVariant(candidate: string, target: string): boolean {
  if (candidate === target || candidate === `${target}s`) return true;
  // Cheap tests first: most windows are nowhere near the name's length.
  if (target.length < 8 || Math.abs(candidate.length - target.length) > 3) return false;
  return withinEditDistance(candidate, target, 2) || withinEditDistance(candidate, `${target}s`, 2);
}

function compact(text: string): string {
  return text.toLowerCase().replace(/[\s-]+/gu, '');
}
