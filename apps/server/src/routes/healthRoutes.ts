import { healthEndpoint } from '@anteckna/contract';
import { sql } from 'drizzle-orm';
import type { AppDeps } from '../appDeps.ts';
import { newRouter } from './router.ts';
import { contractRoute } from './contractRoute.ts';

const healthRoute = contractRoute(
  healthEndpoint,
  { status: 200, description: 'The database is open and migrated' },
  [],
);

export function healthRoutes(deps: AppDeps) {
  return newRouter().openapi(healthRoute, (c) => {
    deps.db.get(sql`select 1`);
    return c.json({ ok: true as const, version: '1' }, 200);
  });
}
