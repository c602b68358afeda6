import { createRoute, z } from '@hono/zod-openapi';
import { CLAUSE_TYPES } from '@anteckna/doc-schema';
import type { AppDeps } from '../appDeps.ts';
import { roleIn } from '../bodies/bodyDirectory.ts';
import { appError } from '../errors/appError.ts';
import { decisionRegister, type DecisionFilter } from '../registers/decisionRegister.ts';
import { decisionRegisterCsv } from '../registers/decisionRegisterCsv.ts';
import { newRouter } from './router.ts';
import { errorResponses } from './schemas.ts';
import { requireUser } from './sessionMiddleware.ts';

const BodyId = z
  .string()
  .min(1)
  .max(64)
  .openapi({ param: { name: 'id', in: 'path' } });

const DecisionFilterQuery = z.object({
  year: z.coerce
    .number()
    .int()
    .min(1900)
    .max(2200)
    .optional()
    .openapi({ param: { name: 'year', in: 'query' }, description: 'The year of the meeting' }),
  type: z
    .enum(CLAUSE_TYPES)
    .optional()
    .openapi({ param: { name: 'type', in: 'query' }, description: 'The clause type' }),
  target: z
    .string()
    .max(200)
    .optional()
    .openapi({
      param: { name: 'target', in: 'query' },
      description: 'The receiving body (forward), or who (task, election)',
    }),
});

export const DecisionEntrySchema = z
  .object({
    meetingId: z.string(),
    meetingDate: z.string(),
    meetingTitle: z.string(),
    phase: z.enum(['circulated', 'locked']),
    itemId: z.string(),
    itemNumber: z.string(),
    itemTitle: z.string(),
    type: z.enum(CLAUSE_TYPES),
    text: z.string(),
    target: z.string().optional(),
  })
  .openapi('DecisionEntry');

const decisionsRoute = createRoute({
  method: 'get',
  path: '/api/bodies/{id}/decisions',
  request: { params: z.object({ id: BodyId }), query: DecisionFilterQuery },
  responses: {
    200: {
      description:
        "The decision register: every clause of the body's circulated and approved minutes, newest first",
      content: {
        'application/json': {
          schema: z.object({ decisions: z.array(DecisionEntrySchema) }).openapi('DecisionRegister'),
        },
      },
    },
    ...errorResponses(400, 401, 404),
  },
});

const decisionsCsvRoute = createRoute({
  method: 'get',
  path: '/api/bodies/{id}/decisions.csv',
  request: { params: z.object({ id: BodyId }), query: DecisionFilterQuery },
  responses: {
    200: {
      description:
        'The same register, with the same filters, as a CSV file (semicolons, UTF-8 with BOM)',
    },
    ...errorResponses(400, 401, 404),
  },
});

/** The body's registers, for its members: a body they may not read is "not found". */
export function registerRoutes(deps: AppDeps) {
  const readable = (userId: string, bodyId: string) => {
    if (!roleIn(deps, bodyId, userId)) throw appError('body_not_found');
  };
  const router = newRouter().openapi(decisionsRoute, (c) => {
    const { id } = c.req.valid('param');
    readable(requireUser(c).id, id);
    return c.json({ decisions: decisionRegister(deps.db, id, c.req.valid('query')) }, 200);
  });
  // `decisions.csv` is one path segment: documented from its definition, routed by Hono's pattern.
  router.openAPIRegistry.registerPath(decisionsCsvRoute);
  router.get('/api/bodies/:id/decisions.csv', (c) => {
    const params = decisionsCsvRoute.request.params.safeParse(c.req.param());
    if (!params.success) throw appError('not_found');
    readable(requireUser(c).id, params.data.id);
    const query = DecisionFilterQuery.safeParse(c.req.query());
    if (!query.success) throw appError('invalid_request');
    const filter: DecisionFilter = query.data;
    const csv = decisionRegisterCsv(
      decisionRegister(deps.db, params.data.id, filter),
      new URL(c.req.url).origin,
    );
    return c.body(csv, 200, {
      'content-type': 'text/csv; charset=utf-8',
      'content-disposition': 'attachment; filename="beslutsregister.csv"',
      'cache-control': 'no-store',
    });
  });
  return router;
}
