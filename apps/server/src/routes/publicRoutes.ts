import { firstRow } from '../db/firstRow.ts';
import {
  publicBodiesEndpoint,
  publicBodyEndpoint,
  publicMinutesFileEndpoint,
  publicSealEndpoint,
} from '@anteckna/contract';
import { and, asc, count, desc, eq, max } from 'drizzle-orm';
import type { AppDeps } from '../appDeps.ts';
import { bodies, meetings, seals } from '../db/schema.ts';
import { appError } from '../errors/appError.ts';
import { minutesForExport } from '../exports/minutesForExport.ts';
import { publicOmissions } from '../exports/publicOmissions.ts';
import { renderExport } from '../exports/renderExport.ts';
import { verifySeal } from '../seal/sealStore.ts';
import { sendExport } from './exportRoutes.ts';
import { newRouter } from './router.ts';
import { contractRoute } from './contractRoute.ts';

const bodiesRoute = contractRoute(
  publicBodiesEndpoint,
  {
    status: 200,
    description:
      'The public front door: every body with approved minutes, by name, with how many and the date of the newest',
  },
  [],
);

const listRoute = contractRoute(
  publicBodyEndpoint,
  {
    status: 200,
    description: "A body's approved, locked minutes: public records, readable without login",
  },
  [404],
);

const fileRoute = contractRoute(
  publicMinutesFileEndpoint,
  {
    status: 200,
    description:
      'The public rendering: items and attachments marked internal are left out and listed as omitted',
  },
  [404],
);

const sealRoute = contractRoute(
  publicSealEndpoint,
  { status: 200, description: 'The seal, recomputed on every request' },
  [404],
);

const publicBody = (body: typeof bodies.$inferSelect) => ({
  id: body.id,
  name: body.name,
  shortName: body.shortName,
  organisation: body.organisation,
});

/** Only locked minutes are public; anything else is "not found" to an anonymous reader. */
export function publicRoutes(deps: AppDeps) {
  const lockedSeal = async (meetingId: string) => {
    const seal = await deps.db
      .select()
      .from(seals)
      .where(eq(seals.meetingId, meetingId))
      .then(firstRow);
    if (!seal) throw appError('meeting_not_found');
    return seal;
  };
  const meetingDate = async (meetingId: string) =>
    (await deps.db
      .select({ date: meetings.date })
      .from(meetings)
      .where(eq(meetings.id, meetingId))
      .then((rows) => rows[0]?.date)) ?? '';
  const router = newRouter();
  router
    .openapi(bodiesRoute, async (c) => {
      const rows = await deps.db
        .select({
          body: bodies,
          minutesCount: count(seals.meetingId),
          latestMinutesDate: max(meetings.date),
        })
        .from(bodies)
        .innerJoin(meetings, eq(meetings.bodyId, bodies.id))
        .innerJoin(seals, eq(seals.meetingId, meetings.id))
        .where(eq(meetings.phase, 'locked'))
        .groupBy(bodies.id)
        .orderBy(asc(bodies.name));
      return c.json(
        {
          bodies: rows.map(({ body, minutesCount, latestMinutesDate }) => ({
            ...publicBody(body),
            minutesCount,
            latestMinutesDate: latestMinutesDate ?? '',
          })),
        },
        200,
      );
    })
    .openapi(listRoute, async (c) => {
      const body = await deps.db
        .select()
        .from(bodies)
        .where(eq(bodies.id, c.req.valid('param').id))
        .then(firstRow);
      if (!body) throw appError('body_not_found');
      const rows = await deps.db
        .select({ meeting: meetings, seal: seals })
        .from(meetings)
        .innerJoin(seals, eq(seals.meetingId, meetings.id))
        .where(and(eq(meetings.bodyId, body.id), eq(meetings.phase, 'locked')))
        .orderBy(desc(meetings.date));
      return c.json(
        {
          body: publicBody(body),
          minutes: await Promise.all(
            rows.map(async ({ meeting, seal }) => ({
              id: meeting.id,
              title: meeting.title,
              date: meeting.date,
              registryNumber: meeting.registryNumber,
              approvedAt: seal.approvedAt,
              approvedByMeetingDate: await meetingDate(seal.approvedByMeetingId),
              sha256: seal.sha256,
              omitted: publicOmissions((await minutesForExport(deps, meeting.id)).model),
            })),
          ),
        },
        200,
      );
    })
    .openapi(sealRoute, async (c) => {
      const seal = await lockedSeal(c.req.valid('param').id);
      const verification = (await verifySeal(deps.db, seal.meetingId))!;
      return c.json(
        {
          sha256: seal.sha256,
          previous: seal.previousSha256,
          verified: verification.matches && verification.chainHolds,
          chainHolds: verification.chainHolds,
        },
        200,
      );
    });
  // `minutes.{format}` is one path segment: documented from its definition, routed by Hono's pattern.
  router.openAPIRegistry.registerPath(fileRoute);
  router.get('/api/public/meetings/:id/minutes.:format', async (c) => {
    const params = fileRoute.request.params.safeParse(c.req.param());
    if (!params.success) throw appError('not_found');
    await lockedSeal(params.data.id);
    const file = await renderExport(deps, params.data.id, params.data.format, {
      kind: 'minutes',
      audience: 'public',
    });
    return sendExport(c, file, params.data.format === 'pdf' ? 'attachment' : 'inline');
  });
  return router;
}
