import { planYearEndpoint, publicCalendarEndpoint } from '@anteckna/contract';
import type { AppDeps } from '../appDeps.ts';
import { roleIn } from '../bodies/bodyDirectory.ts';
import { appError } from '../errors/appError.ts';
import { loadRenderers } from '../exports/renderExport.ts';
import { meetingSummary } from '../meetings/meetingAccess.ts';
import { bodyCalendar, planYear } from '../meetings/planYear.ts';
import { newRouter } from './router.ts';
import { contractRoute } from './contractRoute.ts';
import { requireUser } from './sessionMiddleware.ts';

const planRoute = contractRoute(
  planYearEndpoint,
  {
    status: 201,
    description: 'The planned meetings, created',
  },
  [400, 401, 403, 404],
);

const publicCalendarRoute = contractRoute(
  publicCalendarEndpoint,
  {
    status: 200,
    description: 'Every meeting of the body as an iCalendar file (text/calendar)',
  },
  [404],
);

/** The body's year: planned by its secretary, public to subscribe to. */
export function calendarRoutes(deps: AppDeps) {
  const router = newRouter().openapi(planRoute, async (c) => {
    const { id } = c.req.valid('param');
    const role = await roleIn(deps, id, requireUser(c).id);
    if (!role) throw appError('body_not_found');
    if (role !== 'secretary') throw appError('not_secretary');
    const created = await planYear(deps, requireUser(c).id, id, c.req.valid('json'));
    return c.json(
      { meetings: created.map(({ meeting, body }) => meetingSummary(meeting, body)) },
      201,
    );
  });
  // `calendar.ics` is one path segment: documented from its definition, routed by Hono's pattern.
  router.openAPIRegistry.registerPath(publicCalendarRoute);
  router.get('/api/public/bodies/:id/calendar.ics', async (c) => {
    const params = publicCalendarEndpoint.params.safeParse(c.req.param());
    if (!params.success) throw appError('not_found');
    // The renderers are loaded on first use, like every export (see loadRenderers).
    const { renderCalendarIcs } = await loadRenderers();
    const { text } = renderCalendarIcs(await bodyCalendar(deps, params.data.id), {
      stamp: deps.now(),
    });
    return c.body(text, 200, {
      'content-type': 'text/calendar; charset=utf-8',
      'content-disposition': 'inline; filename="moten.ics"',
      'cache-control': 'no-cache',
    });
  });
  return router;
}
