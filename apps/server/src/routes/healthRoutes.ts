import { createRoute } from '@hono/zod-openapi';
import {
  healthEndpoint,
  RedisUnavailableHealthSchema,
  StorageFullHealthSchema,
} from '@anteckna/contract';
import type { AppDeps } from '../appDeps.ts';
import { checkHealth } from './healthCheck.ts';
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
    const answer = await checkHealth(deps);
    return answer.status === 200 ? c.json(answer.body, 200) : c.json(answer.body, 503);
  });
}
