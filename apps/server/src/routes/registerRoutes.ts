import {
  decisionRegisterCsvEndpoint,
  decisionRegisterEndpoint,
  roleRegisterEndpoint,
  taskRegisterEndpoint,
  updateElectionEndpoint,
  updateTaskEndpoint,
} from '@anteckna/contract';
import type { AppDeps } from '../appDeps.ts';
import { roleIn } from '../bodies/bodyDirectory.ts';
import { appError } from '../errors/appError.ts';
import { decisionRegister } from '../registers/decisionRegister.ts';
import { decisionRegisterCsv } from '../registers/decisionRegisterCsv.ts';
import { describedRow } from '../registers/describedRow.ts';
import { taskRegister } from '../registers/taskRegister.ts';
import { updateTask } from '../registers/updateTask.ts';
import { roleRegister } from '../registers/roleRegister.ts';
import { updateElection } from '../registers/updateElection.ts';
import { newRouter } from './router.ts';
import { contractRoute } from './contractRoute.ts';
import { requireUser } from './sessionMiddleware.ts';

const decisionsRoute = contractRoute(
  decisionRegisterEndpoint,
  {
    status: 200,
    description:
      "The decision register: every clause of the body's circulated and approved minutes, newest first",
  },
  [400, 401, 404],
);

const decisionsCsvRoute = contractRoute(
  decisionRegisterCsvEndpoint,
  {
    status: 200,
    description:
      'The same register, with the same filters, as a CSV file (semicolons, UTF-8 with BOM)',
  },
  [400, 401, 404],
);

const tasksRoute = contractRoute(
  taskRegisterEndpoint,
  {
    status: 200,
    description:
      "The body's tasks and forwards from circulated and approved minutes, open, done or overdue, soonest due first",
  },
  [401, 404],
);

const updateTaskRoute = contractRoute(
  updateTaskEndpoint,
  {
    status: 200,
    description:
      'Marks the task done (or open again), or changes its date while the minutes are not locked; answers the register',
  },
  [400, 401, 403, 404, 409],
);

const rolesRoute = contractRoute(
  roleRegisterEndpoint,
  {
    status: 200,
    description:
      "The register of roles: every election of the body's circulated and approved minutes, with person, role, term and status (current, coming, ended)",
  },
  [401, 404],
);

const updateElectionRoute = contractRoute(
  updateElectionEndpoint,
  {
    status: 200,
    description:
      "Corrects an election's role or term while the minutes are not locked; answers the register",
  },
  [400, 401, 403, 404, 409],
);

/** The body's registers, for its members: a body they may not read is "not found". */
export function registerRoutes(deps: AppDeps) {
  const readable = async (userId: string, bodyId: string) => {
    const role = await roleIn(deps, bodyId, userId);
    if (!role) throw appError('body_not_found');
    return role;
  };
  const today = () => deps.now().toLocaleDateString('sv-SE', { timeZone: 'Europe/Stockholm' });
  const router = newRouter()
    .openapi(decisionsRoute, async (c) => {
      const { id } = c.req.valid('param');
      await readable(requireUser(c).id, id);
      return c.json({ decisions: await decisionRegister(deps.db, id, c.req.valid('query')) }, 200);
    })
    .openapi(tasksRoute, async (c) => {
      const { id } = c.req.valid('param');
      await readable(requireUser(c).id, id);
      return c.json({ tasks: await taskRegister(deps.db, id, today()) }, 200);
    })
    .openapi(rolesRoute, async (c) => {
      const { id } = c.req.valid('param');
      await readable(requireUser(c).id, id);
      return c.json({ roles: await roleRegister(deps.db, id, today()) }, 200);
    })
    .openapi(updateElectionRoute, async (c) => {
      const key = c.req.valid('param');
      if ((await readable(requireUser(c).id, key.id)) !== 'secretary')
        throw appError('not_secretary');
      const { text, ...update } = c.req.valid('json');
      const roles = await roleRegister(deps.db, key.id, today());
      const election = describedRow(roles, key, text, 'election_not_found');
      await updateElection(deps, election, update);
      return c.json({ roles: await roleRegister(deps.db, key.id, today()) }, 200);
    })
    .openapi(updateTaskRoute, async (c) => {
      const key = c.req.valid('param');
      const user = requireUser(c);
      if ((await readable(user.id, key.id)) !== 'secretary') throw appError('not_secretary');
      const { text, ...update } = c.req.valid('json');
      const tasks = await taskRegister(deps.db, key.id, today());
      const task = describedRow(tasks, key, text, 'task_not_found');
      await updateTask(deps, task, update, user.id);
      return c.json({ tasks: await taskRegister(deps.db, key.id, today()) }, 200);
    });
  // `decisions.csv` is one path segment: documented from its definition, routed by Hono's pattern.
  router.openAPIRegistry.registerPath(decisionsCsvRoute);
  router.get('/api/bodies/:id/decisions.csv', async (c) => {
    const params = decisionsCsvRoute.request.params.safeParse(c.req.param());
    if (!params.success) throw appError('not_found');
    await readable(requireUser(c).id, params.data.id);
    const query = decisionRegisterCsvEndpoint.query.safeParse(c.req.query());
    if (!query.success) throw appError('invalid_request');
    const csv = decisionRegisterCsv(
      await decisionRegister(deps.db, params.data.id, query.data),
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
