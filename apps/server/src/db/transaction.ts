import { AsyncLocalStorage } from 'node:async_hooks';
import type { Statement } from 'better-sqlite3';
import { KeyedSerialQueue } from '../concurrency/keyedSerialQueue.ts';
import { sqliteClient, type Db } from './openDatabase.ts';
import { runPostgresTransaction } from './postgres.ts';
import { walSynced } from './walSync.ts';

/** The transaction the current async flow is inside, per database handle. */
const open = new AsyncLocalStorage<{ db: Db; tx: Db }>();
/** SQLite has one connection: its transactions run one after another, never overlapping. */
const sqliteTransactions = new KeyedSerialQueue<Db>();

export interface TransactionOptions {
  /**
   * SQLite: resolve once the commit is in the write-ahead log, before the log is synced to the
   * disk; the caller awaits `walSynced` (db/walSync.ts) before telling anyone the work is
   * stored. For the update log, which sends a batch to the other clients while its sync runs.
   * Without it, the transaction resolves only once its commit is on the disk. Postgres: no
   * difference.
   */
  syncLater?: boolean;
}

/**
 * Runs `work` in one transaction: all of it commits, or none of it (a throw rolls back and is
 * rethrown). The same calling code serves both dialects:
 *
 * - Postgres: a transaction on a connection of its own, so other requests go on beside it.
 * - SQLite (better-sqlite3 is synchronous, its drizzle transactions cannot await): BEGIN
 *   IMMEDIATE, `await work`, COMMIT, one transaction at a time per database. Every query of
 *   `work` runs at once when awaited, so a body that awaits only the database finishes within
 *   the same turn, as the synchronous transactions did: `work` must not await anything else
 *   (files, hashing, the network), or another request's statements could join the transaction.
 *
 * Called again inside `work` (with either handle), it joins the open transaction.
 */
export function withTransaction<T>(
  db: Db,
  work: (tx: Db) => Promise<T>,
  options: TransactionOptions = {},
): Promise<T> {
  const current = open.getStore();
  if (current && (current.db === db || current.tx === db)) return work(current.tx);
  if (!sqliteClient(db)) {
    // A connection of its own; its handle runs the same query code as `db`.
    return runPostgresTransaction(db, (tx) => open.run({ db, tx }, () => work(tx)));
  }
  return runSqliteTransaction(db, work, options.syncLater ?? false);
}

async function runSqliteTransaction<T>(
  db: Db,
  work: (tx: Db) => Promise<T>,
  syncLater: boolean,
): Promise<T> {
  const result = await sqliteTransactions.run(db, async () => {
    const client = db.$client;
    const statements = transactionStatements(client);
    statements.begin.run();
    try {
      const done = await open.run({ db, tx: db }, () => work(db));
      statements.commit.run();
      return done;
    } catch (error) {
      // SQLITE_FULL and some I/O errors roll the transaction back by themselves.
      if (client.inTransaction) statements.rollback.run();
      throw error;
    }
  });
  // The connection runs at synchronous = NORMAL (db/openDatabase.ts): the commit is in the WAL,
  // and the WAL is synced on the thread pool, outside the queue, so the next transaction need
  // not wait for this one's disk.
  if (!syncLater) await walSynced(db);
  return result;
}

type SqliteClient = Db['$client'];

/**
 * BEGIN, COMMIT and ROLLBACK prepared once per connection (as better-sqlite3's own transactions
 * do): `exec` parsed and compiled each of them again at every transaction, a fifth of the update
 * log's commit time in the meeting benchmark's profile.
 */
const preparedTransactionStatements = new WeakMap<
  SqliteClient,
  Record<'begin' | 'commit' | 'rollback', Statement<[]>>
>();
function transactionStatements(client: SqliteClient) {
  let statements = preparedTransactionStatements.get(client);
  if (!statements) {
    statements = {
      begin: client.prepare<[]>('BEGIN IMMEDIATE'),
      commit: client.prepare<[]>('COMMIT'),
      rollback: client.prepare<[]>('ROLLBACK'),
    };
    preparedTransactionStatements.set(client, statements);
  }
  return statements;
}
