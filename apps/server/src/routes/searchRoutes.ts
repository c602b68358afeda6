import { createRoute, z } from '@hono/zod-openapi';
import type { AppDeps } from '../appDeps.ts';
import { appError } from '../errors/appError.ts';
import { searchMinutes, type SearchScope } from '../search/searchMinutes.ts';
import { MAX_SEARCH_QUERY_LENGTH } from '../search/searchQuery.ts';
import { newRouter } from './router.ts';
import { errorResponses } from './schemas.ts';
import { requireUser } from './sessionMiddleware.ts';

const SearchQuery = z.object({
  q: z
    .string()
    .optional()
    .openapi({
      param: { name: 'q', in: 'query' },
      description: `What to look for: words, each also as a prefix, diacritics ignored; 1–${MAX_SEARCH_QUERY_LENGTH} characters`,
    }),
  bodyId: z
    .string()
    .max(64)
    .optional()
    .openapi({ param: { name: 'bodyId', in: 'query' }, description: "Only this body's minutes" }),
});

export const SearchHitSchema = z
  .object({
    meetingId: z.string(),
    itemId: z.string().nullable(),
    itemNumber: z.string(),
    itemTitle: z.string(),
    meetingTitle: z.string(),
    meetingDate: z.string(),
    bodyId: z.string(),
    bodyName: z.string(),
    phase: z.string(),
    snippet: z.array(z.object({ text: z.string(), hit: z.boolean() })),
  })
  .openapi('SearchHit');

const SearchResult = z.object({ hits: z.array(SearchHitSchema) }).openapi('SearchResult');

const searchRoute = createRoute({
  method: 'get',
  path: '/api/search',
  request: { query: SearchQuery },
  responses: {
    200: {
      description:
        'Items and meetings the session may read whose title, text, decision, attachments or attendance match, best first (at most 50)',
      content: { 'application/json': { schema: SearchResult } },
    },
    ...errorResponses(400, 401),
  },
});

const publicSearchRoute = createRoute({
  method: 'get',
  path: '/api/public/search',
  request: { query: SearchQuery },
  responses: {
    200: {
      description:
        'The same over approved, locked minutes only, as their public rendering shows them: no internal items or attachments',
      content: { 'application/json': { schema: SearchResult } },
    },
    ...errorResponses(400),
  },
});

function typedQuery(q: string | undefined): string {
  const typed = (q ?? '').trim();
  if (typed.length === 0 || typed.length > MAX_SEARCH_QUERY_LENGTH) {
    throw appError('invalid_search_query');
  }
  return typed;
}

export function searchRoutes(deps: AppDeps) {
  const run = (query: { q?: string; bodyId?: string }, scope: SearchScope) => ({
    hits: searchMinutes(deps.db, typedQuery(query.q), { ...scope, bodyId: query.bodyId }),
  });
  return newRouter()
    .openapi(searchRoute, (c) => {
      const user = requireUser(c);
      return c.json(run(c.req.valid('query'), { kind: 'reader', userId: user.id }), 200);
    })
    .openapi(publicSearchRoute, (c) => c.json(run(c.req.valid('query'), { kind: 'public' }), 200));
}
