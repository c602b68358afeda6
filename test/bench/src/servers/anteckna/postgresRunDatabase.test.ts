import fs from 'node:fs';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { antecknaStoredState } from './antecknaDurability.ts';
import { createPostgresRunDatabase, type PostgresRunDatabase } from './postgresRunDatabase.ts';

/** As the server's Postgres tests: a server where this role may create databases, or skipped. */
const serverUrl = process.env.ANTECKNA_TEST_POSTGRES_URL ?? '';
if (!serverUrl && process.env.CI === 'true')
  throw new Error('CI=true but ANTECKNA_TEST_POSTGRES_URL is unset: the Postgres tests must run');

/** The two tables of the update log, with the columns the durability check reads (drizzle/pg). */
const LOG_TABLES = `
  CREATE TABLE doc_updates (seq serial PRIMARY KEY, meeting_id text NOT NULL, "update" bytea NOT NULL);
  CREATE TABLE doc_states (meeting_id text PRIMARY KEY, state bytea NOT NULL, up_to_seq integer NOT NULL);
`;

describe.skipIf(!serverUrl)('a Postgres database of the run', () => {
  let run: PostgresRunDatabase | null = null;
  let client: pg.Client | null = null;

  afterEach(async () => {
    await client?.end();
    client = null;
    await run?.drop();
    run = null;
  });

  async function connect(url: string): Promise<pg.Client> {
    const connection = new pg.Client({ connectionString: url });
    await connection.connect();
    return connection;
  }

  it('is durable only once the log (state row plus tail rows) covers the writer', async () => {
    run = await createPostgresRunDatabase(serverUrl);
    client = await connect(run.url);
    const stored = antecknaStoredState(run.readLog, 'm1');
    const doc = new Y.Doc();
    const updates: Uint8Array[] = [];
    doc.on('update', (update: Uint8Array) => updates.push(update));
    for (let i = 0; i < 5; i++) doc.getText('t').insert(i, String(i));
    const want = new Map(Y.decodeStateVector(Y.encodeStateVector(doc)));

    // Before the server has migrated the database: not durable, no failure.
    expect(await stored.covers(want)).toBe(false);
    await client.query(LOG_TABLES);
    const append = (update: Uint8Array, meeting = 'm1') =>
      client!.query('INSERT INTO doc_updates (meeting_id, "update") VALUES ($1, $2)', [
        meeting,
        Buffer.from(update),
      ]);
    for (const update of updates.slice(0, 3)) await append(update);
    await append(updates[4]!, 'another meeting');
    expect(await stored.covers(want)).toBe(false);

    // Compacted: the state row holds the first three, then the tail brings the rest.
    await client.query('INSERT INTO doc_states VALUES ($1, $2, 3)', [
      'm1',
      Buffer.from(Y.mergeUpdates(updates.slice(0, 3))),
    ]);
    await append(updates[3]!);
    expect(await stored.covers(want)).toBe(false);
    await append(updates[4]!);
    expect(await stored.covers(want)).toBe(true);
  });

  it("counts the CPU of the backends serving the run's database, those that exited too", async () => {
    run = await createPostgresRunDatabase(serverUrl);
    const before = run.backendStats().cpuSeconds;
    const busy = await connect(run.url);
    const { rows } = await busy.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    await busy.query('SELECT count(*) FROM generate_series(1, 3000000)');
    await expect
      .poll(() => run!.backendStats().cpuSeconds, { timeout: 5_000 })
      .toBeGreaterThan(before + 0.05);
    const whileConnected = run.backendStats().cpuSeconds;
    await busy.end();
    // Its process exits after the connection has closed; the CPU it used stays counted.
    await expect.poll(() => fs.existsSync(`/proc/${rows[0]!.pid}`), { timeout: 5_000 }).toBe(false);
    expect(run.backendStats().cpuSeconds).toBeGreaterThanOrEqual(whileConnected);
  });

  it('fails with a clear error when the role may not create databases', async (context) => {
    const admin = await connect(serverUrl);
    const role = `bench_nocreate_${process.pid}`;
    try {
      await admin.query(`CREATE ROLE ${role} LOGIN PASSWORD 'x' NOCREATEDB`);
    } catch {
      // The test role may create databases but not roles: nothing to test this with.
      await admin.end();
      context.skip();
    }
    try {
      const url = new URL(serverUrl);
      url.username = role;
      url.password = 'x';
      await expect(createPostgresRunDatabase(url.toString())).rejects.toThrow(
        /could not create the run's database on ANTECKNA_BENCH_POSTGRES_URL \(permission denied/,
      );
    } finally {
      await admin.query(`DROP ROLE ${role}`);
      await admin.end();
    }
  });

  it('is dropped after the run', async () => {
    run = await createPostgresRunDatabase(serverUrl);
    const name = new URL(run.url).pathname.slice(1);
    await run.drop();
    run = null;
    client = await connect(serverUrl);
    const { rows } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    expect(rows).toEqual([]);
  });
});
