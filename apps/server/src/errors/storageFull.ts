/**
 * SQLite's answer when the disk (or the file size limit) has no room for a write: SQLITE_FULL.
 * better-sqlite3 reports it as an error with that code; the transaction it ended is rolled back.
 */
export function isStorageFull(error: unknown): error is Error {
  return error instanceof Error && (error as { code?: unknown }).code === 'SQLITE_FULL';
}
