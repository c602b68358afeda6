import { publicSearchEndpoint, searchEndpoint } from '@anteckna/contract';

/** Whose minutes a search covers: the session's (members, presenters) or the public's. */
export type SearchScope = 'reader' | 'public';

export const searchEndpointOf = (scope: SearchScope) =>
  scope === 'public' ? publicSearchEndpoint : searchEndpoint;
