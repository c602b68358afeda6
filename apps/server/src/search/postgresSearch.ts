import { sql } from 'drizzle-orm';
import type { Db } from '../db/openDatabase.ts';
import { postgresPool } from '../db/postgres.ts';

/**
 * Search on Postgres (drizzle/pg/0001_record.sql): a weighted tsvector per search row in the
 * `anteckna` text search configuration, which folds diacritics (unaccent) as SQLite's FTS5
 * tokenizer does, and ts_headline for the snippets, marked with the same control characters.
 */

/** The tsquery for the words a person typed: every word, each of two characters or more a prefix. */
export function tsQuery(words: string[]): string {
  return words.map((word) => (word.length >= 2 ? `${word}:*` : word)).join(' & ');
}

const HEADLINE =
  'StartSel=\u0001, StopSel=\u0002, MaxWords=14, MinWords=6, ShortWord=1, MaxFragments=1, FragmentDelimiter=…';
const COLUMNS = ['title', 'body', 'decision', 'attachments', 'attendance'] as const;

const SCOPE_SQL = {
  reader: `(m.body_id IN (SELECT body_id FROM memberships WHERE user_id = $2)
      OR m.id IN (SELECT meeting_id FROM meeting_presenters WHERE user_id = $2))`,
  public: `r.public AND m.phase = 'locked'`,
} as const;

/** The same rows as the SQLite statement of searchMinutes.ts: columns s0..s4 are the snippets. */
export async function findPostgresHits(
  db: Db,
  words: string[],
  scope: { kind: 'reader'; userId: string } | { kind: 'public' },
  bodyId: string | undefined,
  limit: number,
): Promise<Array<Record<string, string | null>>> {
  const pool = postgresPool(db)!;
  const params: string[] = [tsQuery(words)];
  if (scope.kind === 'reader') params.push(scope.userId);
  let where = scope.kind === 'reader' ? SCOPE_SQL.reader : SCOPE_SQL.public;
  if (bodyId !== undefined) {
    params.push(bodyId);
    where += ` AND m.body_id = $${params.length}`;
  }
  const snippets = COLUMNS.map(
    (column, index) => `ts_headline('anteckna', t.${column}, q, '${HEADLINE}') AS s${index}`,
  );
  const result = await pool.query(
    `SELECT r.meeting_id AS "meetingId", r.item_id AS "itemId", r.item_number AS "itemNumber",
        r.item_title AS "itemTitle", m.title AS "meetingTitle", m.date AS "meetingDate",
        m.body_id AS "bodyId", b.name AS "bodyName", m.phase AS phase, ${snippets.join(', ')}
      FROM search_text t
      JOIN search_rows r ON r.id = t.id
      JOIN meetings m ON m.id = r.meeting_id
      JOIN bodies b ON b.id = m.body_id,
      to_tsquery('anteckna', $1) q
      WHERE t.document @@ q AND ${where}
      ORDER BY ts_rank(t.document, q) DESC, m.date DESC
      LIMIT ${limit}`,
    params,
  );
  return result.rows as Array<Record<string, string | null>>;
}

/** Stores a search row's texts, in the caller's transaction. */
export async function insertPostgresSearchText(
  tx: Db,
  id: number,
  texts: [string, string, string, string, string],
): Promise<void> {
  const [title, body, decision, attachments, attendance] = texts;
  await (tx as unknown as { execute(query: ReturnType<typeof sql>): Promise<unknown> }).execute(
    sql`INSERT INTO search_text (id, title, body, decision, attachments, attendance)
      VALUES (${id}, ${title}, ${body}, ${decision}, ${attachments}, ${attendance})`,
  );
}
