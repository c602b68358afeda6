import { MAX_SEARCH_QUERY_LENGTH, publicSearchEndpoint, searchEndpoint } from '@anteckna/contract';
import type { AppDeps } from '../appDeps.ts';
import { appError } from '../errors/appError.ts';
import { searchMinutes, type SearchScope } from '../search/searchMinutes.ts';
import { newRouter } from './router.ts';
import { contractRoute } from './contractRoute.ts';
import { requireUser } from './sessionMiddleware.ts';

const searchRoute = contractRoute(
  searchEndpoint,
  {
    status: 200,
    description:
      'Items and meetings the session may read whose title, text, decision, attachments or attendance match, best first (at most 50)',
  },
  [400, 401],
);

const publicSearchRoute = contractRoute(
  publicSearchEndpoint,
  {
    status: 200,
    description:
      'The same over approved, locked minutes only, as their public rendering shows them: no internal items or attachments',
  },
  [400],
);

function typedQuery(q: string | undefined): string {
  const typed = (q ?? '').trim();
  if (typed.length === 0 || typed.length > MAX_SEARCH_QUERY_LENGTH) {
    throw appError('invalid_search_query');
  }
  return typed;
}

export function searchRoutes(deps: AppDeps) {
  const run = async (query: { q?: string; bodyId?: string }, scope: SearchScope) => ({
    hits: await searchMinutes(deps.db, typedQuery(query.q), { ...scope, bodyId: query.bodyId }),
  });
  return newRouter()
    .openapi(searchRoute, async (c) => {
      const user = requireUser(c);
      return c.json(await run(c.req.valid('query'), { kind: 'reader', userId: user.id }), 200);
    })
    .openapi(publicSearchRoute, async (c) =>
      c.json(await run(c.req.valid('query'), { kind: 'public' }), 200),
    );
}
