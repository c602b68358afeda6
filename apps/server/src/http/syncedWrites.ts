import type { MiddlewareHandler } from 'hono';
import type { Db } from '../db/openDatabase.ts';
import { walSynced } from '../db/walSync.ts';

/** Methods that never change anything (RFC 9110 §9.2.1): their answers need not wait for the disk. */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * A request that may write is answered only once what it committed is on the disk. The database
 * commits without syncing (synchronous = NORMAL, db/openDatabase.ts), and not every write of the
 * API runs in `withTransaction`, which waits for the sync itself: a single insert commits on its
 * own. Waiting here, after the handler and before the answer leaves, keeps the API's promise
 * that what it acknowledged (a login, a new meeting, an approval) survives a power loss. One
 * fsync on the thread pool serves every request that waits at the same moment.
 */
export function syncedWrites(db: Db): MiddlewareHandler {
  return async (c, next) => {
    await next();
    if (!SAFE_METHODS.has(c.req.method)) await walSynced(db);
  };
}
