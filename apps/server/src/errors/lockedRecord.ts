/**
 * The database's refusal of a write that names a locked meeting (the triggers of
 * drizzle/0001_seal_triggers.sql and 0004_locked_record_triggers.sql). With several processes an
 * edit the owner accepted can reach the log just after another process locked the minutes: that
 * edit was never acknowledged, and is refused like any later one.
 */
export function isLockedRecordRefusal(error: unknown): error is Error {
  return (
    error instanceof Error &&
    (error as { code?: unknown }).code === 'SQLITE_CONSTRAINT_TRIGGER' &&
    error.message.includes('minutes are locked')
  );
}
