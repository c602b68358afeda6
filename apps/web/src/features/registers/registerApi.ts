import { decisionRegisterCsvEndpoint, endpointPath, type DecisionEntry } from '@anteckna/contract';

/** The page's filters, as the select elements hold them ('' = all). */
export interface DecisionFilter {
  year: string;
  type: DecisionEntry['type'] | '';
  target: string;
}

export const NO_FILTER: DecisionFilter = { year: '', type: '', target: '' };

/** The CSV of what the page shows: the server applies the same filters. */
export function decisionCsvHref(bodyId: string, filter: DecisionFilter): string {
  return endpointPath(decisionRegisterCsvEndpoint, {
    params: { id: bodyId },
    query: {
      year: filter.year || undefined,
      type: filter.type || undefined,
      target: filter.target || undefined,
    },
  });
}
