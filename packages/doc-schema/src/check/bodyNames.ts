/**
 * K2: the body named two ways ("Länschefs nätverket" for "Länschefsnätverket"); K14: another body
 * the server knows named two ways ("Välfärdsrådets" is right, "Välfärdsrådt" is not). Aliases the
 * body's secretary registered are right spellings of the body, never flagged.
 */
import type { MinutesModel } from '../minutesModel.ts';
import type { CheckContext, RuleHit } from './finding.ts';
import type { CheckRuleId } from './checkRule.ts';
import { findNameVariants } from './nameVariants.ts';
import { textSources } from './textSources.ts';

export function checkBodyNames(model: MinutesModel, context: CheckContext = {}): RuleHit[] {
  const own = [model.meeting.bodyShortName, model.meeting.bodyName];
  const aliases = context.bodyAliases ?? [];
  const hits = namesIn(model, 'body_named_two_ways', own, aliases);
  const bodies = context.otherBodies ?? [];
  const others = bodies
    .flatMap((body) => [body.shortName, body.name])
    .filter((name) => !own.includes(name));
  // The body's own names and aliases are right spellings here too ("Länschefsnätverket" is not a
  // misspelt "Länsnätverket" of another body), and so are the other bodies' aliases.
  const accepted = [...own, ...aliases, ...bodies.flatMap((body) => body.aliases ?? [])];
  return [...hits, ...namesIn(model, 'other_body_named_two_ways', others, accepted)];
}

function namesIn(
  model: MinutesModel,
  rule: CheckRuleId,
  names: readonly string[],
  accepted: readonly string[],
): RuleHit[] {
  const known = [...new Set(names.filter((name) => name.trim().length > 0))];
  if (known.length === 0) return [];
  const hits: RuleHit[] = [];
  const reported = new Set<string>();
  for (const source of textSources(model)) {
    for (const variant of findNameVariants(source.text, known, { accepted })) {
      const key = `${source.itemId ?? ''}\u0000${variant.found}`;
      if (reported.has(key)) continue;
      reported.add(key);
      hits.push({
        rule,
        itemId: source.itemId,
        text: variant.found,
        params: { expected: variant.expected, found: variant.found },
      });
    }
  }
  return hits;
}
