/**
 * K13: an organisation spelt two ways ("Sätters kommun" for Säter, "Malung Sälen" for
 * Malung-Sälen), against the body's member organisations. In free text and in the organisation
 * of an attendance entry. Only capitalised runs: "sätter" is a verb.
 */
import type { MinutesModel } from '../minutesModel.ts';
import type { CheckContext, RuleHit } from './finding.ts';
import { findNameVariants } from './nameVariants.ts';
import { textSources } from './textSources.ts';

export function checkOrganisationNames(model: MinutesModel, context: CheckContext = {}): RuleHit[] {
  const organisations = [...(context.organisations ?? model.organisations)].filter(
    (name) => name.trim().length > 0,
  );
  if (organisations.length === 0) return [];
  const hits: RuleHit[] = [];
  const reported = new Set<string>();
  const report = (itemId: string | undefined, found: string, expected: string) => {
    const key = `${itemId ?? ''}\u0000${found}`;
    if (reported.has(key)) return;
    reported.add(key);
    hits.push({
      rule: 'organisation_named_two_ways',
      itemId,
      text: found,
      params: { found, expected },
    });
  };
  const sources = [
    ...model.attendance
      .map((group) => group.organisation)
      .filter((organisation) => !organisations.includes(organisation))
      .map((text) => ({ text, itemId: undefined })),
    ...textSources(model),
  ];
  for (const source of sources) {
    for (const variant of findNameVariants(source.text, organisations, { capitalisedOnly: true }))
      report(source.itemId, variant.found, variant.expected);
  }
  return hits;
}
