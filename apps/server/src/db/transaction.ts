import { AsyncLocalStorage } from 'node:async_hooks';
import type { Statement } from 'better-sqlite3';
import { KeyedSerialQueue } from '../concurrency/keyedSerialQueue.ts';
import { sqliteClient, type Db } from './openDatabase.ts';
import { runPostgresTransaction } from './postgres.ts';

/** The transaction the current async flow is inside, per database handle. */
const open = new AsyncLocalStorage<{ db: Db; tx: Db }>();
/** SQLite has one connection: its transactions run one after another, never overlapping. */
const sqliteTransactions = new KeyedSerialQueue<Db>();

export interface TransactionOptions {
  /**
   * SQLite: the commit returns once it is in the write-ahead log, before the log is synced to
   * the disk (`synchronous = NORMAL` for this transaction alone); the caller awaits `walSynced`
   * (db/walSync.ts) before telling anyone the work is stored. For the update log, whose commits
   * would otherwise hold the event loop for an fsync each. Postgres: no difference.
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

function runSqliteTransaction<T>(
  db: Db,
  work: (tx: Db) => Promise<T>,
  syncLater: boolean,
): Promise<T> {
  return sqliteTransactions.run(db, async () => {
    const client = db.$client;
    // SQLite refuses to change the safety level inside a transaction: it is set just before
    // BEGIN and put back right after the end, in the same turn, so no other commit gets it.
    // pragma() prepares its statement at each call, and must: SQLite applies this pragma when
    // the statement is prepared, so a statement prepared once would change nothing when run.
    if (syncLater) client.pragma('synchronous = NORMAL');
    try {
      const statements = transactionStatements(client);
      statements.begin.run();
      const result = await open.run({ db, tx: db }, () => work(db));
      statements.commit.run();
      return result;
    } catch (error) {
      // SQLITE_FULL and some I/O errors roll the transaction back by themselves.
      if (client.inTransaction) transactionStatements(client).rollback.run();
      throw error;
    } finally {
      if (syncLater) client.pragma('synchronous = FULL');
    }
  });
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
