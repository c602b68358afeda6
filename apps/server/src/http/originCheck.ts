/**
 * Cross-site WebSocket hijacking guard: a browser always sends Origin, and a page of another site
 * must not ride on our cookie. Clients that are not browsers send none and must hold the cookie
 * themselves, so a missing Origin is allowed.
 */
export function isAllowedOrigin(
  origin: string | undefined,
  host: string | undefined,
  extraOrigins: readonly string[],
): boolean {
  if (origin === undefined) return true;
  if (extraOrigins.includes(origin)) return true;
  try {
    return host !== undefined && new URL(origin).host === host;
  } catch {
    return false;
  }
}
