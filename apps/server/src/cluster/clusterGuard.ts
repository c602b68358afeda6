import type { MiddlewareHandler } from 'hono';
import { appError } from '../errors/appError.ts';
import type { AppEnv } from '../routes/env.ts';
import type { Cluster } from './clusteredCollab.ts';

/**
 * The HTTP side of several processes. While Redis is unreachable, requests that change anything
 * are refused with 503 `cluster_unavailable` (the meeting's owner could not be told of them);
 * reads, login and logout go on. And an answer leaves only once what the request wrote has
 * reached its meeting's owner: a phase moved here is the owner's phase before the client hears
 * it was moved.
 */
export function clusterGuard(cluster: Cluster): MiddlewareHandler<AppEnv> {
  return async (c, next) => {
    const reads = c.req.method === 'GET' || c.req.method === 'HEAD';
    if (!reads && !cluster.status().ok && !c.req.path.startsWith('/api/auth/')) {
      throw appError('cluster_unavailable');
    }
    await next();
    await cluster.settled();
  };
}
