import { createRoute } from '@hono/zod-openapi';
import {
  healthEndpoint,
  RedisUnavailableHealthSchema,
  StorageFullHealthSchema,
} from '@anteckna/contract';
import type { AppDeps } from '../appDeps.ts';
import { pingDatabase } from '../db/openDatabase.ts';
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
      'Not ready for writes: the storage is full, or Redis is unreachable; reads are served',
    ),
  },
});

export function healthRoutes(deps: AppDeps) {
  return newRouter().openapi(healthRoute, async (c) => {
    // A database that does not answer fails the request: not ready.
    await pingDatabase(deps.db);
    const storage = deps.collab.storageStatus();
    if (!storage.ok) return c.json({ ...storage, version: '1' }, 503);
    const cluster = deps.cluster?.status() ?? { ok: true };
    if (!cluster.ok) return c.json({ ...cluster, version: '1' }, 503);
    return c.json({ ok: true as const, version: '1' }, 200);
  });
}
