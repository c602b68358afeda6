import Database from 'better-sqlite3';
import * as Y from 'yjs';

/** client → highest clock, over any number of stored Yjs updates. */
export function stateVectorOf(updates: Iterable<Uint8Array>): Map<number, number> {
  const vector = new Map<number, number>();
  for (const update of updates) {
    for (const [client, clock] of Y.parseUpdateMeta(update).to) {
      if (clock > (vector.get(client) ?? 0)) vector.set(client, clock);
    }
  }
  return vector;
}

/**
 * Runs `read` on a read-only connection to a SQLite file another process is writing, or returns
 * null when the file or its tables are not there yet or the writer holds a lock.
 */
export function readSqlite<T>(file: string, read: (db: Database.Database) => T): T | null {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true, timeout: 50 });
    return read(db);
  } catch (error) {
    if (
      error instanceof Error &&
      /no such table|SQLITE_BUSY|database is locked|unable to open/i.test(error.message)
    ) {
      return null;
    }
    throw error;
  } finally {
    db?.close();
  }
}
