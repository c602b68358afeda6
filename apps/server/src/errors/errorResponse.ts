import type { ErrorDetails } from '@anteckna/contract';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { ERRORS, type ErrorId } from './errorCatalog.ts';
import { AppError } from './appError.ts';
import { isDatabaseUnreachable } from './databaseUnreachable.ts';
import { isStorageFull } from './storageFull.ts';

/** Swedish unless the client asks for English first: the product speaks Swedish first. */
export function pickLanguage(c: Context): 'sv' | 'en' {
  const accept = c.req.header('accept-language') ?? '';
  return /^\s*en\b/i.test(accept) ? 'en' : 'sv';
}

export function errorBody(c: Context, id: ErrorId, details?: ErrorDetails) {
  const body: { error: { id: ErrorId; message: string; details?: ErrorDetails } } = {
    error: { id, message: ERRORS[id][pickLanguage(c)] },
  };
  if (details !== undefined) body.error.details = details;
  return body;
}

/** Maps anything thrown in a route to the documented error shape; never leaks a stack trace. */
export function onError(err: Error, c: Context) {
  if (err instanceof AppError) {
    for (const [name, value] of Object.entries(err.headers ?? {})) c.header(name, value);
    return c.json({ ...err.extra, ...errorBody(c, err.id, err.details) }, err.status as 400);
  }
  if (err instanceof HTTPException) {
    const id: ErrorId =
      err.status === 413
        ? 'payload_too_large'
        : err.status === 415
          ? 'unsupported_media_type'
          : err.status === 400
            ? 'invalid_json'
            : 'internal';
    return c.json(errorBody(c, id), ERRORS[id].status as 400);
  }
  if (isDatabaseUnreachable(err)) {
    console.error(`[anteckna] database unreachable: ${err.message}; the request was refused`);
    return c.json(errorBody(c, 'database_unavailable'), 503);
  }
  if (isStorageFull(err)) {
    console.error(
      `[anteckna] storage full: ${err.message}; the request was refused, nothing written`,
    );
    return c.json(errorBody(c, 'storage_full'), 503);
  }
  console.error('[anteckna] unhandled error', err);
  return c.json(errorBody(c, 'internal'), 500);
}
