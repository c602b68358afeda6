import { createRoute } from '@hono/zod-openapi';
import { healthEndpoint, StorageFullHealthSchema } from '@anteckna/contract';
import type { AppDeps } from '../appDeps.ts';
import { pingDatabase } from '../db/openDatabase.ts';
import { newRouter } from './router.ts';
import { jsonContent } from './routeParts.ts';

const healthRoute = createRoute({
  method: healthEndpoint.method,
  path: healthEndpoint.path,
  responses: {
    200: jsonContent(healthEndpoint.response, 'The database is open and migrated'),
    503: jsonContent(
      StorageFullHealthSchema,
      'The database cannot take writes (its storage is full); reads are served',
    ),
  },
});

export function healthRoutes(deps: AppDeps) {
  return newRouter().openapi(healthRoute, async (c) => {
    // A database that does not answer fails the request: not ready.
    await pingDatabase(deps.db);
    const storage = deps.collab.storageStatus();
    if (!storage.ok) return c.json({ ...storage, version: '1' }, 503);
    return c.json({ ok: true as const, version: '1' }, 200);
  });
}
