import {
  approvePreviousEndpoint,
  compareEndpoint,
  CURRENT,
  sealEndpoint,
  snapshotEndpoint,
  snapshotListEndpoint,
  takeSnapshotEndpoint,
} from '@anteckna/contract';
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
} from '../snapshots/snapshotStore.ts';
import { findSeal, verifySeal } from '../seal/sealStore.ts';
import { requireMeetingAccess } from './requireMeetingAccess.ts';
import { newRouter } from './router.ts';
import { contractRoute } from './contractRoute.ts';
import { withCheckRefusal } from './routeParts.ts';
import { pickLanguage } from '../errors/errorResponse.ts';
import { acknowledgedWarningsBySnapshot } from '../check/checkAcknowledgementStore.ts';

const listRoute = contractRoute(
  snapshotListEndpoint,
  { status: 200, description: 'Versions, newest first' },
  [401, 404],
);
const takeRoute = contractRoute(
  takeSnapshotEndpoint,
  { status: 201, description: 'Taken' },
  [400, 401, 403, 404],
);
const getRoute = contractRoute(
  snapshotEndpoint,
  { status: 200, description: 'One version, read-only' },
  [401, 404],
);
const compareRoute = contractRoute(
  compareEndpoint,
  {
    status: 200,
    description: `Differences in the header, the attendance and item by item (added, removed, moved, renamed, presenters, texts); \`to\` may be "${CURRENT}"`,
  },
  [400, 401, 404],
);
const approveRoute = withCheckRefusal(
  contractRoute(
    approvePreviousEndpoint,
    { status: 200, description: 'The previous minutes are approved and locked' },
    [400, 401, 403, 404],
  ),
);
const sealRoute = contractRoute(
  sealEndpoint,
  { status: 200, description: 'The seal, recomputed from the stored snapshot on every request' },
  [401, 404],
);

export function lifecycleRoutes(deps: AppDeps) {
  const middleware = requireMeetingAccess(deps);
  const minutesOf = async (meetingId: string, snapshotId: string) => {
    if (snapshotId === CURRENT)
      return deps.collab.readDoc(meetingId, (room) => readMinutes(room.doc));
    const row = await findSnapshot(deps.db, meetingId, snapshotId);
    if (!row) throw appError('snapshot_not_found');
    const doc = snapshotDoc(row);
    try {
      return readMinutes(doc);
    } finally {
      doc.destroy();
    }
  };
  return newRouter()
    .openapi({ ...listRoute, middleware }, async (c) => {
      const found = c.get('meetingAccess');
      const acknowledged = await acknowledgedWarningsBySnapshot(deps.db, found.meeting.id);
      const snapshots = (await listSnapshots(deps.db, found.meeting.id)).map((snapshot) => {
        const warnings = acknowledged.get(snapshot.id);
        return warnings ? { ...snapshot, acknowledgedWarnings: warnings } : snapshot;
      });
      return c.json({ snapshots }, 200);
    })
    .openapi({ ...takeRoute, middleware }, async (c) => {
      const user = c.get('user');
      const found = c.get('meetingAccess');
      if (found.bodyRole !== 'secretary') throw appError('not_secretary');
      await deps.collab.flushNow();
      const row = await deps.collab.readDoc(found.meeting.id, (room) =>
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
    .openapi({ ...getRoute, middleware }, async (c) => {
      const { id, snapshotId } = c.req.valid('param');
      const meta = await findSnapshotMeta(deps.db, id, snapshotId);
      if (!meta) throw appError('snapshot_not_found');
      return c.json({ snapshot: meta, minutes: await minutesOf(id, snapshotId) }, 200);
    })
    .openapi({ ...compareRoute, middleware }, async (c) => {
      const { id } = c.req.valid('param');
      const { from, to } = c.req.valid('query');
      return c.json(compareMinutes(await minutesOf(id, from), await minutesOf(id, to)), 200);
    })
    .openapi({ ...approveRoute, middleware }, async (c) => {
      const found = c.get('meetingAccess');
      const input = { ...c.req.valid('json'), language: pickLanguage(c) };
      const result = await approvePreviousMinutes(deps, found, input, c.get('user').id);
      // The sealed PDFs are rendered once, now, and served byte for byte from then on.
      for (const audience of ['internal', 'public'] as const) {
        await renderExport(deps, result.lockedMeetingId, 'pdf', { kind: 'minutes', audience });
      }
      return c.json(result, 200);
    })
    .openapi({ ...sealRoute, middleware }, async (c) => {
      const found = c.get('meetingAccess');
      const seal = await findSeal(deps.db, found.meeting.id);
      const verification = await verifySeal(deps.db, found.meeting.id);
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
