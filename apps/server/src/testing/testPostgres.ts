import { randomUUID } from 'node:crypto';
import pg from 'pg';

/**
 * Postgres for tests: `ANTECKNA_TEST_POSTGRES_URL` names a server where the test role may create
 * databases; each test makes its own and drops it, so parallel runs never collide. Unset, the
 * Postgres tests are skipped with a reason, except on CI (`CI=true`), where that is a failure.
 */
export const TEST_POSTGRES_URL = process.env.ANTECKNA_TEST_POSTGRES_URL ?? '';

/** Why Postgres tests do not run here, or null when they do; throws on CI without a server. */
export function postgresSkipReason(): string | null {
  if (TEST_POSTGRES_URL) return null;
  if (process.env.CI === 'true')
    throw new Error('CI=true but ANTECKNA_TEST_POSTGRES_URL is unset: the Postgres tests must run');
  return 'ANTECKNA_TEST_POSTGRES_URL is unset: the Postgres half of these tests is skipped';
}

/**
 * The whole server on Postgres when `ANTECKNA_TEST_DATABASE=postgres` (for running any
 * integration test that way: `ANTECKNA_TEST_DATABASE=postgres npx vitest run …`).
 */
export const SERVER_TESTS_ON_POSTGRES = process.env.ANTECKNA_TEST_DATABASE === 'postgres';

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

/** A fresh, empty database on the test server. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const name = `anteckna_test_${randomUUID().replaceAll('-', '')}`;
  await admin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(TEST_POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => admin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  };
}

async function admin(work: (client: pg.Client) => Promise<unknown>): Promise<void> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL });
  await client.connect();
  try {
    await work(client);
  } finally {
    await client.end();
  }
}

/**
 * The database standing for one data dir when the whole server runs on Postgres: on SQLite a
 * restart on the same data dir reopens the same file, so on Postgres it reopens the same
 * database. They outlive their servers (a restart comes after the close) and are dropped after
 * the test file by `dropDataDirDatabases` (the vitest setup file).
 */
const dataDirDatabases = new Map<string, Promise<TestDatabase>>();

export function testDatabaseFor(dataDir: string): Promise<TestDatabase> {
  let database = dataDirDatabases.get(dataDir);
  if (!database) {
    database = createTestDatabase();
    dataDirDatabases.set(dataDir, database);
  }
  return database;
}

/** The database a test server on `dataDir` made, if one did (for a child process on it). */
export function existingTestDatabaseFor(dataDir: string): Promise<TestDatabase> | undefined {
  return dataDirDatabases.get(dataDir);
}

export async function dropDataDirDatabases(): Promise<void> {
  const databases = [...dataDirDatabases.values()];
  dataDirDatabases.clear();
  for (const database of databases) await (await database).drop();
}
