import { z } from 'zod';
import { endpoint } from '../http/endpoint.ts';
import { MeetingParams, pathId } from '../http/pathParams.ts';
import { AttendanceStatusSchema, MinutesSchema } from '../minutes/minutesSchema.ts';
import { CheckFindingSchema } from '../check/checkEndpoints.ts';

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
    /** "Circulate anyway": the check's warnings this circulated version was sent despite. */
    acknowledgedWarnings: z.array(CheckFindingSchema).optional(),
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
    /** The item's number in the earlier version when it was moved (another place or parent). */
    movedFrom: z.string().nullable(),
    fields: z.array(FieldDiffSchema),
  })
  .meta({ id: 'ItemDiff' });
export type ItemDiff = z.output<typeof ItemDiffSchema>;
export type ItemDiffStatus = ItemDiff['status'];

/** The meeting header fields a reader of the minutes sees (not the phase, not the approval). */
export const COMPARED_HEADER_FIELDS = [
  'bodyName',
  'bodyShortName',
  'organisationLines',
  'title',
  'date',
  'documentDate',
  'startTime',
  'endTime',
  'place',
  'mode',
  'registryNumber',
  'attendanceStyle',
  'notes',
  'secondSession',
  'upcomingMeetings',
] as const;
export type HeaderField = (typeof COMPARED_HEADER_FIELDS)[number];

export const HeaderChangeSchema = z
  .object({ field: z.enum(COMPARED_HEADER_FIELDS), before: z.string(), after: z.string() })
  .meta({ id: 'HeaderChange' });
export type HeaderChange = z.output<typeof HeaderChangeSchema>;

/** How one person attended in a version; items by their number in that version. */
export const AttendanceStateSchema = z
  .object({
    status: AttendanceStatusSchema,
    where: z.enum(['room', 'remote']).optional(),
    actingFor: z.string().optional(),
    fromItem: z.string().optional(),
    untilItem: z.string().optional(),
    vacant: z.boolean().optional(),
  })
  .meta({ id: 'AttendanceState' });
export type AttendanceState = z.output<typeof AttendanceStateSchema>;

export const AttendanceChangeSchema = z
  .object({
    personId: z.string(),
    name: z.string(),
    organisation: z.string(),
    change: z.enum(['added', 'removed', 'changed']),
    /** Null for a person added. */
    before: AttendanceStateSchema.nullable(),
    /** Null for a person removed. */
    after: AttendanceStateSchema.nullable(),
  })
  .meta({ id: 'AttendanceChange' });
export type AttendanceChange = z.output<typeof AttendanceChangeSchema>;

/** Everything the minutes say, compared: the header, the attendance, the agenda item by item. */
export const ComparisonSchema = z
  .object({
    header: z.array(HeaderChangeSchema),
    attendance: z.array(AttendanceChangeSchema),
    items: z.array(ItemDiffSchema),
  })
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
