import { createRoute, z } from '@hono/zod-openapi';
import { readMinutes } from '@anteckna/doc-schema';
import type { AppDeps } from '../appDeps.ts';
import { appError } from '../errors/appError.ts';
import { renderExport } from '../exports/renderExport.ts';
import { approvePreviousMinutes } from '../lifecycle/approvePreviousMinutes.ts';
import { compareMinutes } from '../lifecycle/compareMinutes.ts';
import {
  findSnapshot,
  findSnapshotMeta,
  listSnapshots,
  snapshotDoc,
  takeSnapshot,
} from '../lifecycle/snapshotStore.ts';
import { findMeetingAccess } from '../meetings/meetingAccess.ts';
import { findSeal, verifySeal } from '../seal/sealStore.ts';
import { newRouter } from './router.ts';
import {
  AcknowledgedWarningsSchema,
  checkRefusedResponse,
  errorResponses,
  FindingSchema,
} from './schemas.ts';
import { acknowledgedWarningsBySnapshot } from '../check/checkAcknowledgementStore.ts';
import { pickLanguage } from '../errors/errorResponse.ts';
import { requireUser } from './sessionMiddleware.ts';

const MeetingParam = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' } }),
});
const SnapshotParams = MeetingParam.extend({
  snapshotId: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'snapshotId', in: 'path' } }),
});
const SnapshotSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    phase: z.string(),
    circulated: z.boolean(),
    createdBy: z.string().nullable(),
    /** The name of who took it; null for versions the system took. */
    createdByName: z.string().nullable(),
    createdAt: z.string(),
    /** "Circulate anyway": the check's warnings this circulated version was sent despite. */
    acknowledgedWarnings: z.array(FindingSchema).optional(),
  })
  .openapi('Snapshot');
const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});
const Minutes = z
  .record(z.string(), z.unknown())
  .openapi({ description: 'MinutesModel of @anteckna/doc-schema' });

const listRoute = createRoute({
  method: 'get',
  path: '/api/meetings/{id}/snapshots',
  request: { params: MeetingParam },
  responses: {
    200: json(z.object({ snapshots: z.array(SnapshotSchema) }), 'Versions, newest first'),
    ...errorResponses(401, 404),
  },
});
const takeRoute = createRoute({
  method: 'post',
  path: '/api/meetings/{id}/snapshots',
  request: {
    params: MeetingParam,
    body: {
      content: {
        'application/json': { schema: z.object({ label: z.string().trim().min(1).max(120) }) },
      },
      required: true,
    },
  },
  responses: { 201: json(SnapshotSchema, 'Taken'), ...errorResponses(400, 401, 403, 404) },
});
const getRoute = createRoute({
  method: 'get',
  path: '/api/meetings/{id}/snapshots/{snapshotId}',
  request: { params: SnapshotParams },
  responses: {
    200: json(z.object({ snapshot: SnapshotSchema, minutes: Minutes }), 'One version, read-only'),
    ...errorResponses(401, 404),
  },
});
const compareRoute = createRoute({
  method: 'get',
  path: '/api/meetings/{id}/compare',
  request: {
    params: MeetingParam,
    query: z.object({ from: z.string().min(1), to: z.string().min(1) }),
  },
  responses: {
    200: json(
      z.object({ items: z.array(z.record(z.string(), z.unknown())) }),
      'Item-by-item differences; `to` may be "current"',
    ),
    ...errorResponses(400, 401, 404),
  },
});
const approveRoute = createRoute({
  method: 'post',
  path: '/api/meetings/{id}/approve-previous',
  request: {
    params: MeetingParam,
    body: {
      content: {
        'application/json': {
          schema: z
            .object({
              decision: z.enum(['approve', 'approve_with_addendum', 'lay_to_records']),
              addendum: z.string().max(4000).optional(),
              acknowledgedWarnings: AcknowledgedWarningsSchema,
            })
            .openapi('ApprovePreviousRequest'),
        },
      },
      required: true,
    },
  },
  responses: {
    200: json(
      z.object({ lockedMeetingId: z.string(), sha256: z.string() }),
      'The previous minutes are approved and locked',
    ),
    ...errorResponses(400, 401, 403, 404),
    ...checkRefusedResponse,
  },
});
const sealRoute = createRoute({
  method: 'get',
  path: '/api/meetings/{id}/seal',
  request: { params: MeetingParam },
  responses: {
    200: json(
      z
        .object({
          sha256: z.string(),
          previous: z.string().nullable(),
          lockedAt: z.string(),
          approvedAt: z.string(),
          approvedByMeetingId: z.string(),
          addendum: z.string().nullable(),
          verified: z.boolean(),
          /** This seal's own final version still hashes to it (the chain aside). */
          contentMatches: z.boolean(),
          chainHolds: z.boolean(),
          problems: z.array(z.string()),
        })
        .openapi('Seal'),
      'The seal, recomputed from the stored snapshot on every request',
    ),
    ...errorResponses(401, 404),
  },
});

export function lifecycleRoutes(deps: AppDeps) {
  const readable = (userId: string, meetingId: string) => {
    const found = findMeetingAccess(deps.db, userId, meetingId);
    if (!found) throw appError('meeting_not_found');
    return found;
  };
  const minutesOf = (meetingId: string, snapshotId: string) => {
    if (snapshotId === 'current')
      return deps.collab.readDoc(meetingId, (room) => readMinutes(room.doc));
    const row = findSnapshot(deps.db, meetingId, snapshotId);
    if (!row) throw appError('snapshot_not_found');
    const doc = snapshotDoc(row);
    try {
      return readMinutes(doc);
    } finally {
      doc.destroy();
    }
  };
  return newRouter()
    .openapi(listRoute, (c) => {
      const user = requireUser(c);
      const found = readable(user.id, c.req.valid('param').id);
      const acknowledged = acknowledgedWarningsBySnapshot(deps.db, found.meeting.id);
      const snapshots = listSnapshots(deps.db, found.meeting.id).map((snapshot) => {
        const warnings = acknowledged.get(snapshot.id);
        return warnings ? { ...snapshot, acknowledgedWarnings: warnings } : snapshot;
      });
      return c.json({ snapshots }, 200);
    })
    .openapi(takeRoute, (c) => {
      const user = requireUser(c);
      const found = readable(user.id, c.req.valid('param').id);
      if (found.bodyRole !== 'secretary') throw appError('not_secretary');
      deps.collab.flushNow();
      const row = deps.collab.readDoc(found.meeting.id, (room) =>
        takeSnapshot(deps.db, room.doc, {
          meetingId: found.meeting.id,
          label: c.req.valid('json').label,
          phase: found.meeting.phase,
          createdBy: user.id,
        }),
      );
      const { state: _state, stateVector: _vector, meetingId: _meeting, ...meta } = row;
      return c.json({ ...meta, createdByName: user.name }, 201);
    })
    .openapi(getRoute, (c) => {
      const user = requireUser(c);
      const { id, snapshotId } = c.req.valid('param');
      readable(user.id, id);
      const meta = findSnapshotMeta(deps.db, id, snapshotId);
      if (!meta) throw appError('snapshot_not_found');
      return c.json(
        {
          snapshot: meta,
          minutes: minutesOf(id, snapshotId) as unknown as Record<string, unknown>,
        },
        200,
      );
    })
    .openapi(compareRoute, (c) => {
      const user = requireUser(c);
      const { id } = c.req.valid('param');
      readable(user.id, id);
      const { from, to } = c.req.valid('query');
      const items = compareMinutes(minutesOf(id, from), minutesOf(id, to));
      return c.json({ items: items as unknown as Array<Record<string, unknown>> }, 200);
    })
    .openapi(approveRoute, async (c) => {
      const user = requireUser(c);
      const found = readable(user.id, c.req.valid('param').id);
      const result = approvePreviousMinutes(
        deps,
        found,
        { ...c.req.valid('json'), language: pickLanguage(c) },
        user.id,
      );
      // The sealed PDFs are rendered once, now, and served byte for byte from then on.
      for (const audience of ['internal', 'public'] as const) {
        await renderExport(deps, result.lockedMeetingId, 'pdf', { kind: 'minutes', audience });
      }
      return c.json(result, 200);
    })
    .openapi(sealRoute, (c) => {
      const user = requireUser(c);
      const found = readable(user.id, c.req.valid('param').id);
      const seal = findSeal(deps.db, found.meeting.id);
      const verification = verifySeal(deps.db, found.meeting.id);
      if (!seal || !verification) throw appError('seal_not_found');
      return c.json(
        {
          sha256: seal.sha256,
          previous: seal.previousSha256,
          lockedAt: seal.lockedAt,
          approvedAt: seal.approvedAt,
          approvedByMeetingId: seal.approvedByMeetingId,
          addendum: seal.addendum,
          verified: verification.matches && verification.chainHolds,
          contentMatches: verification.matches,
          chainHolds: verification.chainHolds,
          problems: verification.problems,
        },
        200,
      );
    });
}
