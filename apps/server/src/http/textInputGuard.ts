import type { MiddlewareHandler } from 'hono';
import { appError } from '../errors/appError.ts';

/**
 * C0 controls other than tab and line breaks, DEL, C1 controls, and the bidi embeddings,
 * overrides and isolates (U+202A–U+202E, U+2066–U+2069). None belongs in a name or a title; NUL
 * and ESC break exports and terminals, and an override (U+202E) makes text read as something
 * it is not ("gnp.exe" shown as "exe.png").
 */
const FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/u;

export function hasForbiddenCharacters(text: string): boolean {
  return FORBIDDEN.test(text);
}

/** The path of the first string (or key) in a JSON value that holds a forbidden character. */
export function findForbiddenText(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return hasForbiddenCharacters(value) ? path.join('.') : null;
  if (Array.isArray(value)) {
    for (const [index, entry] of value.entries()) {
      const found = findForbiddenText(entry, [...path, String(index)]);
      if (found !== null) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, entry] of Object.entries(value)) {
      if (hasForbiddenCharacters(key)) return [...path, key].join('.');
      const found = findForbiddenText(entry, [...path, key]);
      if (found !== null) return found;
    }
  }
  return null;
}

const JSON_TYPE = /^application\/([a-z0-9.+-]+\+)?json\s*(;|$)/i;

/**
 * Refuses a JSON body with a forbidden character in any string with 400 `invalid_characters`,
 * before any route sees it: one rule for every name, title and text the API takes. (The
 * document's own text comes over the WebSocket and is the editors' business.)
 */
export function textInputGuard(): MiddlewareHandler {
  return async (c, next) => {
    if (JSON_TYPE.test(c.req.header('content-type') ?? '')) {
      let body: unknown;
      try {
        // Hono caches the parsed body: the route's validator reads the same one.
        body = await c.req.json();
      } catch {
        body = undefined;
      }
      const path = findForbiddenText(body);
      if (path !== null) {
        throw appError('invalid_characters', { details: [{ path, message: 'control character' }] });
      }
    }
    await next();
  };
}
