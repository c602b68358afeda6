import { z } from 'zod';
import { endpoint } from '../http/endpoint.ts';
import { MeetingParams, pathId } from '../http/pathParams.ts';
import { MinutesSchema } from '../minutes/minutesSchema.ts';

export const SnapshotSchema = z
  .object({
    id: z.string(),
    label: z.string(),
    phase: z.string(),
    /** Sent to the members: kept for good, whatever happens to the draft. */
    circulated: z.boolean(),
    /** A user id; null for versions the system took. */
    createdBy: z.string().nullable(),
    /** The name of who took it; null for versions the system took. */
    createdByName: z.string().nullable(),
    createdAt: z.string(),
  })
  .meta({ id: 'Snapshot' });
export type Snapshot = z.output<typeof SnapshotSchema>;

export const SnapshotListSchema = z
  .object({ snapshots: z.array(SnapshotSchema).meta({ description: 'Newest first' }) })
  .meta({ id: 'SnapshotList' });
export type SnapshotList = z.output<typeof SnapshotListSchema>;

export const SnapshotWithMinutesSchema = z
  .object({ snapshot: SnapshotSchema, minutes: MinutesSchema })
  .meta({ id: 'SnapshotWithMinutes' });
export type SnapshotWithMinutes = z.output<typeof SnapshotWithMinutesSchema>;

export const DIFF_FIELDS = ['title', 'presenters', 'body', 'proposal', 'decision'] as const;
export type DiffField = (typeof DIFF_FIELDS)[number];

export const DiffPartSchema = z
  .object({ kind: z.enum(['equal', 'insert', 'delete']), text: z.string() })
  .meta({ id: 'DiffPart' });
export type DiffPart = z.output<typeof DiffPartSchema>;
export type DiffPartKind = DiffPart['kind'];

export const FieldDiffSchema = z
  .object({ field: z.enum(DIFF_FIELDS), parts: z.array(DiffPartSchema) })
  .meta({ id: 'FieldDiff' });
export type FieldDiff = z.output<typeof FieldDiffSchema>;

export const ItemDiffSchema = z
  .object({
    itemId: z.string(),
    number: z.string(),
    title: z.string(),
    status: z.enum(['added', 'removed', 'changed', 'unchanged']),
    fields: z.array(FieldDiffSchema),
  })
  .meta({ id: 'ItemDiff' });
export type ItemDiff = z.output<typeof ItemDiffSchema>;
export type ItemDiffStatus = ItemDiff['status'];

export const ComparisonSchema = z
  .object({ items: z.array(ItemDiffSchema) })
  .meta({ id: 'Comparison' });
export type Comparison = z.output<typeof ComparisonSchema>;

/** The live document, as the compare and version endpoints name it. */
export const CURRENT = 'current';

export const snapshotListEndpoint = endpoint({
  method: 'get',
  path: '/api/meetings/{id}/snapshots',
  params: MeetingParams,
  response: SnapshotListSchema,
});

export const takeSnapshotEndpoint = endpoint({
  method: 'post',
  path: '/api/meetings/{id}/snapshots',
  params: MeetingParams,
  body: z.object({ label: z.string().trim().min(1).max(120) }),
  response: SnapshotSchema,
});

export const snapshotEndpoint = endpoint({
  method: 'get',
  path: '/api/meetings/{id}/snapshots/{snapshotId}',
  params: MeetingParams.extend({ snapshotId: pathId() }),
  response: SnapshotWithMinutesSchema,
});

export const compareEndpoint = endpoint({
  method: 'get',
  path: '/api/meetings/{id}/compare',
  params: MeetingParams,
  query: z.object({ from: z.string().min(1), to: z.string().min(1) }),
  response: ComparisonSchema,
});
