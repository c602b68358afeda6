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
  },
});

export function healthRoutes(deps: AppDeps) {
  return newRouter().openapi(healthRoute, (c) => {
    deps.db.get(sql`select 1`);
    return c.json({ ok: true as const, version: '1' }, 200);
  });
}
