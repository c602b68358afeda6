import { createRoute } from '@hono/zod-openapi';
import {
  healthEndpoint,
  RedisUnavailableHealthSchema,
  StorageFullHealthSchema,
} from '@anteckna/contract';
import type { AppDeps } from '../appDeps.ts';
import { pingDatabase } from '../db/openDatabase.ts';
import { isDatabaseUnreachable } from '../errors/databaseUnreachable.ts';
import { newRouter } from './router.ts';
import { jsonContent } from './routeParts.ts';
import { z } from 'zod';

const healthRoute = createRoute({
  method: healthEndpoint.method,
  path: healthEndpoint.path,
  responses: {
    200: jsonContent(
      healthEndpoint.response,
      'The database is open and migrated (and Redis reachable, when set): ready',
    ),
    503: jsonContent(
      z.union([StorageFullHealthSchema, RedisUnavailableHealthSchema]),
      'Not ready for writes: the storage is full, the database or Redis is unreachable; reads are served',
    ),
  },
});

export function healthRoutes(deps: AppDeps) {
  return newRouter().openapi(healthRoute, async (c) => {
    // A database that does not answer: not ready. The write path learns it on its next commit
    // and refuses writes until a probe gets through (db/storageHealth.ts).
    const since = new Date().toISOString();
    const answered = await pingDatabase(deps.db).then(
      () => true,
      (error: unknown) => {
        if (isDatabaseUnreachable(error)) return false;
        throw error;
      },
    );
    if (!answered)
      return c.json(
        { ok: false as const, reason: 'database_unavailable' as const, since, version: '1' },
        503,
      );
    const storage = deps.collab.storageStatus();
    if (!storage.ok) return c.json({ ...storage, version: '1' }, 503);
    const cluster = deps.cluster?.status() ?? { ok: true };
    if (!cluster.ok) return c.json({ ...cluster, version: '1' }, 503);
    return c.json({ ok: true as const, version: '1' }, 200);
  });
}
