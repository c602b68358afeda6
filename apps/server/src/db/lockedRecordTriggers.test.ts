/**
 * The locked record is whole at the database (drizzle/0001 and 0004): every row of every table
 * that names a locked meeting refuses UPDATE and DELETE, tried at the SQL level on the demo's
 * locked minutes, table by table; and what the app does with locked minutes still works.
 */
import { describe, expect, it } from 'vitest';
import type Database from 'better-sqlite3';
import { DEMO_PASSWORD } from '../seed/demoData.ts';
import { loginCookie } from '../testing/testServer.ts';
import { SERVER_TESTS_ON_POSTGRES } from '../testing/testPostgres.ts';
import { createInvitation } from '../invitations/invitationStore.ts';
import { apiClient } from '../testing/api.ts';
import { useDemoServer } from '../testing/demoServer.ts';

const demoServer = useDemoServer();

async function lockedDemo() {
  const demo = await demoServer();
  const sqlite = demo.server.deps.db.$client;
  const locked = demo.meetingIn('locked').id;
  const other = demo.meetingIn('preparation').id;
  return { ...demo, sqlite, locked, other };
}

/**
 * Tables that name meetings but are not the record: the search index and the clause register
 * (read models rebuilt from the sealed snapshot, also after the lock) and the done marks of tasks
 * (kept beside approved minutes, which never change: doc-schema SPEC rule U3).
 */
const NOT_THE_RECORD = new Set(['search_rows', 'register_clauses', 'task_follow_ups']);

/** Every column, in every table, that names a meeting (the meeting's own id included). */
function meetingColumns(sqlite: Database.Database): Array<{ table: string; column: string }> {
  const tables = sqlite
    .prepare(
      `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND name NOT LIKE '__drizzle%'`,
    )
    .all() as Array<{ name: string }>;
  return tables
    .filter(({ name }) => !NOT_THE_RECORD.has(name))
    .flatMap(({ name }) => {
      const columns = sqlite.prepare(`PRAGMA table_info("${name}")`).all() as Array<{
        name: string;
      }>;
      return columns
        .filter((column) =>
          name === 'meetings' ? column.name === 'id' : /meeting_id$/.test(column.name),
        )
        .map((column) => ({ table: name, column: column.name }));
    });
}

/**
 * Rows the demo does not create by itself, added the way the app would (INSERT is how a record
 * grows; it is UPDATE and DELETE that must never reach it).
 */
function addMissingRows(sqlite: Database.Database, locked: string, other: string): void {
  // [the column naming the locked meeting, the row to add when it has none]
  const rows: Array<[string, string, unknown[]]> = [
    [
      'meeting_presenters.meeting_id',
      `INSERT INTO meeting_presenters (meeting_id, user_id) VALUES (?, 'u-x')`,
      [locked],
    ],
    [
      'invitations.meeting_id',
      `INSERT INTO invitations (token_hash, email, meeting_id, item_id, invited_by, expires_at)
       VALUES ('h-x', 'x@exempel.se', ?, 'i', 'u', '2099-01-01')`,
      [locked],
    ],
    [
      'attachments.meeting_id',
      `INSERT INTO attachments (id, meeting_id, item_id, sha256, file_name, media_type, size, uploaded_by)
       VALUES ('a-x', ?, 'i', 'abc', 'x.pdf', 'application/pdf', 1, 'u')`,
      [locked],
    ],
    [
      'carried_items.from_meeting_id',
      `INSERT INTO carried_items (from_meeting_id, from_item_id, to_body_id, to_meeting_id)
       VALUES (?, 'i-x', 'b', ?)`,
      [locked, other],
    ],
    [
      'carried_items.to_meeting_id',
      `INSERT INTO carried_items (from_meeting_id, from_item_id, to_body_id, to_meeting_id)
       VALUES (?, 'i-y', 'b', ?)`,
      [other, locked],
    ],
    [
      'import_sources.meeting_id',
      `INSERT INTO import_sources (meeting_id, body_id, file_name, format, sha256, size, approved, finding_count, imported_by)
       SELECT id, body_id, 'x.txt', 'txt', 'abc', 1, 1, 0, 'u' FROM meetings WHERE id = ?`,
      [locked],
    ],
    [
      'check_acknowledgements.meeting_id',
      `INSERT INTO check_acknowledgements (id, meeting_id, snapshot_id, user_id, rules, findings)
       SELECT 'ack-x', meeting_id, id, 'u', '[]', '[]' FROM snapshots WHERE meeting_id = ? LIMIT 1`,
      [locked],
    ],
    [
      'doc_states.meeting_id',
      `INSERT INTO doc_states (meeting_id, state, up_to_seq) VALUES (?, x'00', 0)`,
      [locked],
    ],
  ];
  for (const [tableColumn, statement, params] of rows) {
    const [table, column] = tableColumn.split('.');
    const existing = sqlite
      .prepare(`SELECT count(*) AS n FROM "${table}" WHERE "${column}" = ?`)
      .get(locked) as { n: number };
    if (existing.n === 0) sqlite.prepare(statement).run(...params);
  }
}

describe('the locked record at the database', () => {
  // Walks SQLite's own catalogue (sqlite_master, PRAGMA table_info) through the file's client; on
  // Postgres the refusal by the database is tested in db/storageDialects.test.ts.
  it.skipIf(SERVER_TESTS_ON_POSTGRES)(
    'refuses UPDATE and DELETE of every row naming a locked meeting, in every table',
    async () => {
      const { api, sqlite, locked, other } = await lockedDemo();
      // The sealed PDF is stored on the first download.
      expect((await api.get(`/api/meetings/${locked}/export.pdf`)).status).toBe(200);
      addMissingRows(sqlite, locked, other);

      const tried: string[] = [];
      const untried: string[] = [];
      for (const { table, column } of meetingColumns(sqlite)) {
        const where = `WHERE "${column}" = ?`;
        const count = () =>
          (
            sqlite.prepare(`SELECT count(*) AS n FROM "${table}" ${where}`).get(locked) as {
              n: number;
            }
          ).n;
        const rows = count();
        if (rows === 0) {
          untried.push(`${table}.${column}`);
          continue;
        }
        const before = JSON.stringify(
          sqlite.prepare(`SELECT * FROM "${table}" ${where}`).all(locked),
        );
        // An UPDATE that writes the same value still fires the trigger: any change is refused.
        expect(
          () =>
            sqlite.prepare(`UPDATE "${table}" SET "${column}" = "${column}" ${where}`).run(locked),
          `UPDATE ${table} by ${column}`,
        ).toThrow(/locked|immutable|append-only|kept forever/);
        expect(
          () => sqlite.prepare(`DELETE FROM "${table}" ${where}`).run(locked),
          `DELETE ${table}`,
        ).toThrow(/locked|immutable|kept forever/);
        expect(count(), table).toBe(rows);
        expect(
          JSON.stringify(sqlite.prepare(`SELECT * FROM "${table}" ${where}`).all(locked)),
        ).toBe(before);
        tried.push(`${table}.${column}`);
      }
      // A new table that names a meeting fails here until this test gives it a row to try.
      // The only column left without one: the locked minutes approved no earlier minutes.
      expect(untried).toEqual(['seals.approved_by_meeting_id']);
      expect(tried.sort()).toEqual(
        [
          'attachments.meeting_id',
          'carried_items.from_meeting_id',
          'carried_items.to_meeting_id',
          'check_acknowledgements.meeting_id',
          'client_id_owners.meeting_id',
          'doc_states.meeting_id',
          'doc_updates.meeting_id',
          'import_sources.meeting_id',
          'invitations.meeting_id',
          'meeting_presenters.meeting_id',
          'meetings.id',
          'sealed_files.meeting_id',
          'seals.meeting_id',
          'snapshots.meeting_id',
        ].sort(),
      );
      // Moving another meeting's row into the locked meeting is a change of the record too.
      sqlite
        .prepare(
          `INSERT INTO attachments (id, meeting_id, item_id, sha256, file_name, media_type, size, uploaded_by)
       VALUES ('a-o', ?, 'i', 'abc', 'o.pdf', 'application/pdf', 1, 'u')`,
        )
        .run(other);
      expect(() =>
        sqlite.prepare(`UPDATE attachments SET meeting_id = ? WHERE id = 'a-o'`).run(locked),
      ).toThrow(/locked/);
    },
  );

  it('leaves what the app does with locked minutes working: reading, exports, the seal, sessions', async () => {
    const { server, api, locked, other } = await lockedDemo();
    expect((await api.get(`/api/meetings/${locked}`)).status).toBe(200);
    for (const format of ['pdf', 'docx', 'html', 'md'])
      expect((await api.get(`/api/meetings/${locked}/export.${format}`)).status).toBe(200);
    const seal = await api.get(`/api/meetings/${locked}/seal`);
    expect(seal.json.verified).toBe(true);
    // A link to locked minutes (made before the lock) is no longer open: a clear 4xx, no 500.
    const { token } = await createInvitation(
      server.deps.db,
      { email: 'sen@exempel.se', meetingId: locked, itemId: 'x', invitedBy: 'x' },
      new Date(),
    );
    const accept = await apiClient(server.url, null).post(`/api/invitations/${token}/accept`, {
      name: 'Sen Person',
      password: 'ett-langt-losenord',
    });
    expect(accept.status).toBeGreaterThanOrEqual(400);
    expect(accept.status).toBeLessThan(500);
    expect(accept.json.error.id).toBe('invitation_invalid');
    // Other meetings of the body still change.
    expect((await api.post(`/api/meetings/${other}/phase`, { to: 'live' })).status).toBe(200);
    expect((await api.post('/api/auth/logout', {})).status).toBeLessThan(300);
    expect((await api.get('/api/me')).status).toBe(401);
    const again = await loginCookie(server.url, 'sekreterare@exempel.se', DEMO_PASSWORD);
    expect((await apiClient(server.url, again).get(`/api/meetings/${locked}`)).status).toBe(200);
  });
});
