import type { MiddlewareHandler } from 'hono';
import { secureHeaders } from 'hono/secure-headers';
import { arrivedOverTls, type TrustedProxies } from './trustedProxy.ts';

/** Features the app never uses, denied to it and to anything embedded in it. */
const PERMISSIONS_POLICY =
  'camera=(), microphone=(), geolocation=(), payment=(), usb=(), serial=(), bluetooth=(), ' +
  'magnetometer=(), gyroscope=(), accelerometer=(), display-capture=(), interest-cohort=()';

const ONE_YEAR = 365 * 24 * 3600;

/**
 * Response headers of every answer. The WebSocket is same-origin, so `connect-src 'self'` covers
 * it (CSP Level 3 lets 'self' match ws: and wss: on the page's own host). HSTS only when the
 * request arrived over TLS: sent over plain HTTP it is ignored at best, and wrong.
 */
export function securityHeaders(trusted: TrustedProxies): MiddlewareHandler {
  const headers = secureHeaders({
    contentSecurityPolicy: {
      defaultSrc: ["'self'"],
      connectSrc: ["'self'"],
      imgSrc: ["'self'", 'data:', 'blob:'],
      styleSrc: ["'self'", "'unsafe-inline'"],
      baseUri: ["'none'"],
      formAction: ["'self'"],
      frameAncestors: ["'none'"],
      objectSrc: ["'none'"],
    },
    strictTransportSecurity: false,
    xFrameOptions: 'DENY',
  });
  return async (c, next) => {
    await headers(c, async () => {
      await next();
    });
    c.header('Permissions-Policy', PERMISSIONS_POLICY);
    if (arrivedOverTls(c, trusted)) {
      c.header('Strict-Transport-Security', `max-age=${ONE_YEAR}; includeSubDomains`);
    }
  };
}
