/**
 * The database's refusal of a write that names a locked meeting (the triggers of
 * drizzle/0001_seal_triggers.sql and 0004_locked_record_triggers.sql; on Postgres those of
 * drizzle/pg/0001_record.sql, raised as restrict_violation, which drizzle wraps as the cause of
 * its query error). With several processes an edit the owner accepted can reach the log just after
 * another process locked the minutes: that edit was never acknowledged, and is refused like any
 * later one.
 */
const REFUSAL_CODES = new Set(['SQLITE_CONSTRAINT_TRIGGER', '23001']);

export function isLockedRecordRefusal(error: unknown): error is Error {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && REFUSAL_CODES.has(code))
    return error.message.includes('minutes are locked');
  return error.cause !== error && isLockedRecordRefusal(error.cause);
}
