/** `GET /api/search?q=` and `GET /api/public/search?q=`: hits best first, at most 50. */
export interface SearchHit {
  meetingId: string;
  /** Null for a hit in the meeting's header or attendance. */
  itemId: string | null;
  itemNumber: string;
  itemTitle: string;
  meetingTitle: string;
  meetingDate: string;
  bodyId: string;
  bodyName: string;
  phase: string;
  /** The text around the match; `hit` parts are the matched words. */
  snippet: Array<{ text: string; hit: boolean }>;
}

export interface SearchResult {
  hits: SearchHit[];
}

/** The server refuses longer queries (`invalid_search_query`); the field stops there. */
export const MAX_QUERY_LENGTH = 200;

export function searchPath(scope: 'reader' | 'public', query: string, bodyId?: string): string {
  const base = scope === 'public' ? '/api/public/search' : '/api/search';
  const body = bodyId ? `&bodyId=${encodeURIComponent(bodyId)}` : '';
  return `${base}?q=${encodeURIComponent(query)}${body}`;
}
