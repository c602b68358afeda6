import type { MiddlewareHandler } from 'hono';
import { isAllowedOrigin } from './originCheck.ts';
import { appError } from '../errors/appError.ts';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * Cross-site request forgery guard for every state-changing request, whatever its content type
 * (SameSite=Lax alone lets a top-level form POST through, and a multipart upload or a logout
 * needs no JSON). A browser names the page's origin in `Origin`, or at least says in
 * `Sec-Fetch-Site` whether the request is cross-site; either one not ours is refused. A request
 * with neither comes from something that is not a browser and must hold the cookie itself.
 */
export function crossSiteGuard(extraOrigins: readonly string[]): MiddlewareHandler {
  return async (c, next) => {
    if (!SAFE_METHODS.has(c.req.method)) {
      const origin = c.req.header('origin');
      const fetchSite = c.req.header('sec-fetch-site');
      const sameSite =
        origin !== undefined
          ? isAllowedOrigin(origin, c.req.header('host'), extraOrigins)
          : fetchSite === undefined || fetchSite === 'same-origin' || fetchSite === 'none';
      if (!sameSite) throw appError('cross_site_request');
    }
    await next();
  };
}
