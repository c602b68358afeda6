/**
 * The database's answer when the disk has no room for a write: SQLite's SQLITE_FULL (also the
 * file size limit), Postgres's disk_full (53100). The transaction it ended is rolled back.
 */
export function isStorageFull(error: unknown): error is Error {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return code === 'SQLITE_FULL' || code === '53100';
}
