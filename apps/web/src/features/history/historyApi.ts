/** Shapes of the version history endpoints (apps/server lifecycleRoutes). */
import type { Finding, MinutesModel } from '@anteckna/doc-schema';
import { apiRequest } from '../../app/api.ts';

export interface Snapshot {
  id: string;
  label: string;
  phase: string;
  /** Sent to the members: kept for good, whatever happens to the draft. */
  circulated: boolean;
  /** A user id; null for versions the system took. */
  createdBy: string | null;
  /** The name of who took it, as the server knows it; null for versions the system took. */
  createdByName: string | null;
  createdAt: string;
  /** "Circulate anyway": the check's warnings this circulated version was sent despite. */
  acknowledgedWarnings?: Finding[];
}

export interface SnapshotList {
  /** Newest first. */
  snapshots: Snapshot[];
}

export type DiffPartKind = 'equal' | 'insert' | 'delete';

export interface DiffPart {
  kind: DiffPartKind;
  text: string;
}

export const DIFF_FIELDS = ['title', 'presenters', 'body', 'proposal', 'decision'] as const;
export type DiffField = (typeof DIFF_FIELDS)[number];

export interface FieldDiff {
  field: DiffField;
  parts: DiffPart[];
}

export type ItemDiffStatus = 'added' | 'removed' | 'changed' | 'unchanged';

export interface ItemDiff {
  itemId: string;
  number: string;
  title: string;
  status: ItemDiffStatus;
  fields: FieldDiff[];
}

/** The live document, as the compare endpoint names it. */
export const CURRENT = 'current';

const meetingPath = (meetingId: string) => `/api/meetings/${encodeURIComponent(meetingId)}`;

export const snapshotsPath = (meetingId: string) => `${meetingPath(meetingId)}/snapshots`;

export const snapshotPath = (meetingId: string, snapshotId: string) =>
  `${snapshotsPath(meetingId)}/${encodeURIComponent(snapshotId)}`;

export const comparePath = (meetingId: string, from: string, to: string) =>
  `${meetingPath(meetingId)}/compare?${new URLSearchParams({ from, to }).toString()}`;

export function takeSnapshot(meetingId: string, label: string): Promise<Snapshot> {
  return apiRequest<Snapshot>(snapshotsPath(meetingId), { method: 'POST', body: { label } });
}

export interface SnapshotWithMinutes {
  snapshot: Snapshot;
  minutes: MinutesModel;
}

export interface Comparison {
  items: ItemDiff[];
}
