/**
 * Postgres could not be reached for a query: the server is down or restarting, the network
 * between dropped, or an administrator ended the connection. Nothing of the query's transaction
 * was committed, and the pool opens new connections once the server answers again. (SQLite is a
 * file in the process: it is never unreachable.)
 */
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH']);
/** SQLSTATE class 08 (connection exception) and 57P01–57P03 (shut down, crash, cannot connect now). */
const SQLSTATES = /^(08...|57P0[123])$/;
/** node-postgres's own errors for a connection that ended under it carry no code. */
const ENDED =
  /Connection terminated|Client has encountered a connection error|timeout exceeded when trying to connect/i;

export function isDatabaseUnreachable(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string') return NETWORK_CODES.has(code) || SQLSTATES.test(code);
  if (error.cause && error.cause !== error && isDatabaseUnreachable(error.cause)) return true;
  return ENDED.test(error.message);
}
