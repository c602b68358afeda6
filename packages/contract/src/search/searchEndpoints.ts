import { z } from 'zod';
import { endpoint } from '../http/endpoint.ts';
import { pathId } from '../http/pathParams.ts';

/** The longest query the server accepts: a sentence, not a pasted document. */
export const MAX_SEARCH_QUERY_LENGTH = 200;

/**
 * Left optional so that a missing or blank query gets the catalogued `invalid_search_query`
 * (with its own words) rather than the generic `invalid_request`.
 */
export const SearchQuerySchema = z.object({
  q: z
    .string()
    .optional()
    .meta({
      description: `What to look for: words, each also as a prefix, diacritics ignored; 1–${MAX_SEARCH_QUERY_LENGTH} characters`,
    }),
  bodyId: pathId().optional().meta({ description: "Only this body's minutes" }),
});

export const SearchHitSchema = z
  .object({
    meetingId: z.string(),
    itemId: z
      .string()
      .nullable()
      .meta({ description: "Null for a hit in the meeting's header or attendance" }),
    itemNumber: z.string(),
    itemTitle: z.string(),
    meetingTitle: z.string(),
    meetingDate: z.string(),
    bodyId: z.string(),
    bodyName: z.string(),
    phase: z.string(),
    snippet: z
      .array(z.object({ text: z.string(), hit: z.boolean() }))
      .meta({ description: 'The text around the match; `hit` parts are the matched words' }),
  })
  .meta({ id: 'SearchHit' });
export type SearchHit = z.output<typeof SearchHitSchema>;

export const SearchResultSchema = z
  .object({ hits: z.array(SearchHitSchema) })
  .meta({ id: 'SearchResult' });
export type SearchResult = z.output<typeof SearchResultSchema>;

/**
 * Items and meetings the session may read whose title, text, decision, attachments or
 * attendance match, best first (at most 50).
 */
export const searchEndpoint = endpoint({
  method: 'get',
  path: '/api/search',
  query: SearchQuerySchema,
  response: SearchResultSchema,
});

/**
 * The same over approved, locked minutes only, as their public rendering shows them: no
 * internal items or attachments.
 */
export const publicSearchEndpoint = endpoint({
  method: 'get',
  path: '/api/public/search',
  query: SearchQuerySchema,
  response: SearchResultSchema,
});
