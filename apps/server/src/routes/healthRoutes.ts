import { createRoute } from '@hono/zod-openapi';
import { healthEndpoint } from '@anteckna/contract';
import { sql } from 'drizzle-orm';
import type { AppDeps } from '../appDeps.ts';
import { newRouter } from './router.ts';
import { jsonContent } from './routeParts.ts';

const healthRoute = createRoute({
  method: healthEndpoint.method,
  path: healthEndpoint.path,
  responses: { 200: jsonContent(healthEndpoint.response, 'The database is open and migrated') },
});

export function healthRoutes(deps: AppDeps) {
  return newRouter().openapi(healthRoute, (c) => {
    deps.db.get(sql`select 1`);
    return c.json({ ok: true as const, version: '1' }, 200);
  });
}
