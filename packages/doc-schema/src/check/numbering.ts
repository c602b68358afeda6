/**
 * K5 and K6: item and attachment numbers that skip or repeat, and "bilaga N" in the text that
 * points to no attachment. Numbers that readMinutes derives cannot skip; a model built or edited
 * elsewhere (an import, a hand-made export) can.
 */
import type { MinutesModel } from '../minutesModel.ts';
import type { CheckRuleId } from './checkRule.ts';
import type { RuleHit } from './finding.ts';
import { textSources } from './textSources.ts';

const ITEM_NUMBER = /^(\d+)(?:\s+([a-z]+))?$/u;
const ATTACHMENT_NUMBER = /^(\d+)([a-z]?)$/u;
const REFERENCE =
  /(?<![\p{L}])bil(?:agorna|agor|aga|\.)?\s*(\d+(?:[a-z](?!\p{L}))?(?:\s*(?:[-–,]|och)\s*\d+(?:[a-z](?!\p{L}))?)*)/giu;
const REFERENCE_NUMBER = /(\d+)([a-z])?/giu;

export function checkItemNumbers(model: MinutesModel): RuleHit[] {
  const issues: RuleHit[] = [];
  let previous = 0;
  const letters = new Map<number, number>();
  for (const item of model.items) {
    const match = ITEM_NUMBER.exec(item.number);
    if (match === null) continue;
    const base = Number(match[1]);
    if (match[2] === undefined) {
      if (base === previous)
        issues.push(numberIssue('item_number_repeated', item.id, item.number, previous + 1));
      else if (base !== previous + 1)
        issues.push(numberIssue('item_number_skipped', item.id, item.number, previous + 1));
      previous = base;
    } else {
      const index = letterIndex(match[2]);
      const expected = letters.get(base) ?? 0;
      if (index < expected)
        issues.push(numberIssue('item_number_repeated', item.id, item.number, expected));
      else if (index > expected)
        issues.push(numberIssue('item_number_skipped', item.id, item.number, expected));
      letters.set(base, index + 1);
    }
  }
  return issues;
}

export function checkAttachmentNumbers(model: MinutesModel): RuleHit[] {
  const issues: RuleHit[] = [];
  const seen = new Set<string>();
  let previous: number | null = null;
  for (const item of model.items) {
    for (const attachment of item.attachments) {
      const match = ATTACHMENT_NUMBER.exec(attachment.number);
      if (match === null) continue;
      const base = Number(match[1]);
      if (seen.has(attachment.number)) {
        issues.push(
          numberIssue(
            'attachment_number_repeated',
            item.id,
            attachment.number,
            (previous ?? base) + 1,
          ),
        );
      } else if (previous !== null && base > previous + 1) {
        issues.push(
          numberIssue('attachment_number_skipped', item.id, attachment.number, previous + 1),
        );
      }
      seen.add(attachment.number);
      previous = Math.max(previous ?? base, base);
    }
  }
  return issues;
}

export function checkAttachmentReferences(model: MinutesModel): RuleHit[] {
  const numbers = new Set(
    model.items.flatMap((item) => item.attachments.map((attachment) => attachment.number)),
  );
  const bases = new Set([...numbers].map((number) => number.replace(/[a-z]$/u, '')));
  const issues: RuleHit[] = [];
  for (const source of textSources(model)) {
    for (const reference of source.text.matchAll(REFERENCE)) {
      for (const [, digits, letter] of reference[1]!.matchAll(REFERENCE_NUMBER)) {
        const number = `${digits}${letter?.toLowerCase() ?? ''}`;
        if (letter === undefined ? bases.has(number) : numbers.has(number)) continue;
        issues.push({
          rule: 'attachment_reference_missing',
          itemId: source.itemId,
          text: reference[0].trim(),
          params: { number, reference: reference[0].trim() },
        });
      }
    }
  }
  return issues;
}

function numberIssue(rule: CheckRuleId, itemId: string, number: string, expected: number): RuleHit {
  return { rule, itemId, text: number, params: { number, expected } };
}

function letterIndex(letters: string): number {
  return [...letters].reduce((value, letter) => value * 26 + (letter.charCodeAt(0) - 96), 0) - 1;
}
