import { sqliteClient, type Db } from '../db/openDatabase.ts';
import { findPostgresHits } from './postgresSearch.ts';
import { ftsQuery, searchWords } from './searchQuery.ts';

/** The snippet's highlight markers: control characters, which the index never holds. */
const MARK_START = '\u0001';
const MARK_END = '\u0002';
const MAX_HITS = 50;
/**
 * Columns of `search_text` in the order a snippet is taken from: the text before the title,
 * which the hit shows anyway (body, decision, attachments, attendance, title).
 */
const SNIPPET_COLUMNS = [1, 2, 3, 4, 0] as const;

export interface SnippetPart {
  text: string;
  hit: boolean;
}

export interface SearchHit {
  meetingId: string;
  /** Null when the hit is in the meeting's header or attendance. */
  itemId: string | null;
  itemNumber: string;
  itemTitle: string;
  meetingTitle: string;
  meetingDate: string;
  bodyId: string;
  bodyName: string;
  phase: string;
  snippet: SnippetPart[];
}

export type SearchScope = ({ kind: 'reader'; userId: string } | { kind: 'public' }) & {
  /** Only this body's minutes. */
  bodyId?: string;
};

type HitRow = Omit<SearchHit, 'snippet'> & Record<`s${(typeof SNIPPET_COLUMNS)[number]}`, string>;

/**
 * Who may find what is decided in SQL, in the same statement as the match: a reader finds the
 * meetings of their bodies and those they present in (as `listReadableMeetings`); the public
 * finds only locked minutes, and only what their public rendering shows.
 */
const SCOPE_SQL = {
  reader: `(m.body_id IN (SELECT body_id FROM memberships WHERE user_id = @userId)
      OR m.id IN (SELECT meeting_id FROM meeting_presenters WHERE user_id = @userId))`,
  public: `r.public = 1 AND m.phase = 'locked'`,
} as const;

type Statement = ReturnType<Db['$client']['prepare']>;
const statements = new WeakMap<Db, Map<string, Statement>>();

function prepared(db: Db, scope: SearchScope, limit: number): Statement {
  let cache = statements.get(db);
  if (!cache) statements.set(db, (cache = new Map()));
  const byBody = scope.bodyId !== undefined;
  const key = `${scope.kind}:${byBody}:${limit}`;
  let found = cache.get(key);
  if (!found) {
    const where = SCOPE_SQL[scope.kind] + (byBody ? ' AND m.body_id = @bodyId' : '');
    const snippets = SNIPPET_COLUMNS.map(
      (column) => `snippet(search_text, ${column}, char(1), char(2), '…', 14) AS s${column}`,
    );
    found = db.$client.prepare(`
        SELECT r.meeting_id AS meetingId, r.item_id AS itemId, r.item_number AS itemNumber,
          r.item_title AS itemTitle, m.title AS meetingTitle, m.date AS meetingDate,
          m.body_id AS bodyId, b.name AS bodyName, m.phase AS phase, ${snippets.join(', ')}
        FROM search_text
        JOIN search_rows r ON r.id = search_text.rowid
        JOIN meetings m ON m.id = r.meeting_id
        JOIN bodies b ON b.id = m.body_id
        WHERE search_text MATCH @match AND ${where}
        ORDER BY bm25(search_text, 5.0, 1.0, 3.0, 1.0, 1.0), m.date DESC
        LIMIT ${limit}`);
    cache.set(key, found);
  }
  return found;
}

/** The best hits first, one per item (an item with internal attachments has two rows). */
export async function searchMinutes(
  db: Db,
  typed: string,
  scope: SearchScope,
): Promise<SearchHit[]> {
  const match = ftsQuery(typed);
  if (match === null) return [];
  const params = {
    match,
    ...(scope.kind === 'reader' ? { userId: scope.userId } : {}),
    ...(scope.bodyId !== undefined ? { bodyId: scope.bodyId } : {}),
  };
  if (!sqliteClient(db)) {
    const found = await findPostgresHits(db, searchWords(typed), scope, scope.bodyId, MAX_HITS * 2);
    return distinctItems(found as HitRow[]);
  }
  // Snippets cost most of a search (each is the row's text tokenised again), so only as many rows
  // as there are hits to show are fetched; only when an item's second row took a place among them
  // (its internal attachments), and more rows exist, are twice as many fetched.
  const rows = prepared(db, scope, MAX_HITS).all(params) as HitRow[];
  const hits = distinctItems(rows);
  if (hits.length === MAX_HITS || rows.length < MAX_HITS) return hits;
  return distinctItems(prepared(db, scope, MAX_HITS * 2).all(params) as HitRow[]);
}

function distinctItems(rows: HitRow[]): SearchHit[] {
  const seen = new Set<string>();
  const hits: SearchHit[] = [];
  for (const row of rows) {
    const key = `${row.meetingId}/${row.itemId ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const { s0, s1, s2, s3, s4, ...hit } = row;
    const best = [s1, s2, s3, s4, s0].find((text) => text.includes(MARK_START)) ?? s0;
    hits.push({ ...hit, snippet: snippetParts(best) });
    if (hits.length === MAX_HITS) break;
  }
  return hits;
}

function snippetParts(snippet: string): SnippetPart[] {
  const parts: SnippetPart[] = [];
  for (const [index, piece] of snippet.split(MARK_START).entries()) {
    const [hitText, rest] = index === 0 ? [null, piece] : splitOnce(piece, MARK_END);
    if (hitText) parts.push({ text: hitText, hit: true });
    if (rest) parts.push({ text: rest, hit: false });
  }
  return parts;
}

function splitOnce(text: string, separator: string): [string, string] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, ''] : [text.slice(0, at), text.slice(at + separator.length)];
}
