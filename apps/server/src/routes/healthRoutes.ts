import { createRoute, z } from '@hono/zod-openapi';
import { sql } from 'drizzle-orm';
import type { AppDeps } from '../appDeps.ts';
import { newRouter } from './router.ts';

const healthRoute = createRoute({
  method: 'get',
  path: '/api/health',
  responses: {
    200: {
      description: 'The database is open and migrated',
      content: {
        'application/json': { schema: z.object({ ok: z.literal(true), version: z.string() }) },
      },
    },
    503: {
      description: 'The database cannot take writes (its storage is full); reads are served',
      content: {
        'application/json': {
          schema: z.object({
            ok: z.literal(false),
            version: z.string(),
            reason: z.literal('storage_full'),
            since: z.string(),
          }),
        },
      },
    },
  },
});

export function healthRoutes(deps: AppDeps) {
  return newRouter().openapi(healthRoute, (c) => {
    deps.db.get(sql`select 1`);
    const storage = deps.collab.storageStatus();
    if (!storage.ok) return c.json({ ...storage, version: '1' }, 503);
    return c.json({ ok: true as const, version: '1' }, 200);
  });
}
