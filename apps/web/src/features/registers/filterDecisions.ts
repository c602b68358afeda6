import type { DecisionEntry } from '@anteckna/contract';
import type { ClauseType } from '@anteckna/doc-schema';
import type { DecisionFilter } from './registerApi.ts';

/** The register filtered as the server filters the CSV: year of the meeting, type, target. */
export function filterDecisions(
  decisions: readonly DecisionEntry[],
  filter: DecisionFilter,
): DecisionEntry[] {
  return decisions.filter(
    (d) =>
      (!filter.year || d.meetingDate.startsWith(filter.year)) &&
      (!filter.type || d.type === filter.type) &&
      (!filter.target || d.target === filter.target),
  );
}

/** What the filters offer: only values the register holds, years newest first. */
export function filterChoices(decisions: readonly DecisionEntry[]) {
  const years = new Set<string>();
  const types = new Set<ClauseType>();
  const targets = new Set<string>();
  for (const d of decisions) {
    years.add(d.meetingDate.slice(0, 4));
    types.add(d.type);
    if (d.target) targets.add(d.target);
  }
  return {
    years: [...years].sort().reverse(),
    types: [...types],
    targets: [...targets].sort((a, b) => a.localeCompare(b, 'sv')),
  };
}
