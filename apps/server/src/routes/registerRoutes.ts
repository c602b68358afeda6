import { createRoute, z } from '@hono/zod-openapi';
import { CLAUSE_TYPES } from '@anteckna/doc-schema';
import type { AppDeps } from '../appDeps.ts';
import { roleIn } from '../bodies/bodyDirectory.ts';
import { appError } from '../errors/appError.ts';
import { decisionRegister, type DecisionFilter } from '../registers/decisionRegister.ts';
import { decisionRegisterCsv } from '../registers/decisionRegisterCsv.ts';
import { taskRegister } from '../registers/taskRegister.ts';
import { updateTask } from '../registers/updateTask.ts';
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

const TakenUpSchema = z.object({
  bodyId: z.string(),
  bodyName: z.string(),
  meetingId: z.string(),
  meetingDate: z.string(),
  phase: z.string(),
  itemId: z.string(),
  decisions: z.array(
    z.object({ type: z.string(), text: z.string(), target: z.string().optional() }),
  ),
});

export const TaskEntrySchema = z
  .object({
    kind: z.enum(['task', 'forward']),
    meetingId: z.string(),
    meetingDate: z.string(),
    meetingTitle: z.string(),
    itemId: z.string(),
    itemNumber: z.string(),
    itemTitle: z.string(),
    position: z.number(),
    text: z.string(),
    target: z.string().optional(),
    due: z.string().optional(),
    status: z.enum(['open', 'done', 'overdue']),
    doneAt: z.string().optional(),
    takenUp: TakenUpSchema.optional(),
  })
  .openapi('TaskEntry');

const TaskList = z.object({ tasks: z.array(TaskEntrySchema) }).openapi('TaskRegister');

const tasksRoute = createRoute({
  method: 'get',
  path: '/api/bodies/{id}/tasks',
  request: { params: z.object({ id: BodyId }) },
  responses: {
    200: {
      description:
        "The body's tasks and forwards from circulated and approved minutes, open, done or overdue, soonest due first",
      content: { 'application/json': { schema: TaskList } },
    },
    ...errorResponses(401, 404),
  },
});

const TaskKey = z.object({
  id: BodyId,
  meetingId: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'meetingId', in: 'path' } }),
  itemId: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'itemId', in: 'path' } }),
  position: z.coerce
    .number()
    .int()
    .min(0)
    .max(999)
    .openapi({ param: { name: 'position', in: 'path' } }),
});

const updateTaskRoute = createRoute({
  method: 'patch',
  path: '/api/bodies/{id}/tasks/{meetingId}/{itemId}/{position}',
  request: {
    params: TaskKey,
    body: {
      content: {
        'application/json': {
          schema: z
            .object({
              done: z.boolean().optional(),
              due: z
                .string()
                .regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD')
                .nullable()
                .optional(),
            })
            .openapi('TaskUpdate'),
        },
      },
      required: true,
    },
  },
  responses: {
    200: {
      description:
        'Marks the task done (or open again), or changes its date while the minutes are not locked; answers the register',
      content: { 'application/json': { schema: TaskList } },
    },
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

/** The body's registers, for its members: a body they may not read is "not found". */
export function registerRoutes(deps: AppDeps) {
  const readable = (userId: string, bodyId: string) => {
    const role = roleIn(deps, bodyId, userId);
    if (!role) throw appError('body_not_found');
    return role;
  };
  const today = () => deps.now().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
  const router = newRouter()
    .openapi(decisionsRoute, (c) => {
      const { id } = c.req.valid('param');
      readable(requireUser(c).id, id);
      return c.json({ decisions: decisionRegister(deps.db, id, c.req.valid('query')) }, 200);
    })
    .openapi(tasksRoute, (c) => {
      const { id } = c.req.valid('param');
      readable(requireUser(c).id, id);
      return c.json({ tasks: taskRegister(deps.db, id, today()) }, 200);
    })
    .openapi(updateTaskRoute, (c) => {
      const key = c.req.valid('param');
      const user = requireUser(c);
      if (readable(user.id, key.id) !== 'secretary') throw appError('not_secretary');
      const task = taskRegister(deps.db, key.id, today()).find(
        (t) =>
          t.meetingId === key.meetingId && t.itemId === key.itemId && t.position === key.position,
      );
      if (!task) throw appError('task_not_found');
      updateTask(deps, task, c.req.valid('json'), user.id);
      return c.json({ tasks: taskRegister(deps.db, key.id, today()) }, 200);
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
