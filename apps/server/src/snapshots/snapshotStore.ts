import { firstRow } from '../db/firstRow.ts';
import { randomUUID } from 'node:crypto';
import { and, desc, eq } from 'drizzle-orm';
import * as Y from 'yjs';
import type { Db } from '../db/openDatabase.ts';
import { snapshots, users } from '../db/schema.ts';

export type SnapshotRow = typeof snapshots.$inferSelect;

export interface SnapshotInput {
  meetingId: string;
  label: string;
  phase: string;
  circulated?: boolean;
  createdBy: string | null;
}

/** Stores the document's full state with its state vector; the caller's transaction, if any. */
export async function takeSnapshot(db: Db, doc: Y.Doc, input: SnapshotInput): Promise<SnapshotRow> {
  const row = {
    id: randomUUID(),
    meetingId: input.meetingId,
    label: input.label,
    phase: input.phase,
    state: Buffer.from(Y.encodeStateAsUpdate(doc)),
    stateVector: Buffer.from(Y.encodeStateVector(doc)),
    circulated: input.circulated ?? false,
    createdBy: input.createdBy,
    createdAt: new Date().toISOString(),
  };
  await db.insert(snapshots).values(row);
  return row;
}

const snapshotMeta = {
  id: snapshots.id,
  label: snapshots.label,
  phase: snapshots.phase,
  circulated: snapshots.circulated,
  createdBy: snapshots.createdBy,
  /** The history says who took each version; readers need not be allowed to list the body's people. */
  createdByName: users.name,
  createdAt: snapshots.createdAt,
};

export async function listSnapshots(db: Db, meetingId: string) {
  return await db
    .select(snapshotMeta)
    .from(snapshots)
    .leftJoin(users, eq(users.id, snapshots.createdBy))
    .where(eq(snapshots.meetingId, meetingId))
    .orderBy(desc(snapshots.createdAt));
}

/** One version's description without its state, as the history lists it. */
export async function findSnapshotMeta(db: Db, meetingId: string, snapshotId: string) {
  return await db
    .select(snapshotMeta)
    .from(snapshots)
    .leftJoin(users, eq(users.id, snapshots.createdBy))
    .where(and(eq(snapshots.meetingId, meetingId), eq(snapshots.id, snapshotId)))
    .then(firstRow);
}

export async function findSnapshot(
  db: Db,
  meetingId: string,
  snapshotId: string,
): Promise<SnapshotRow | undefined> {
  return await db
    .select()
    .from(snapshots)
    .where(and(eq(snapshots.meetingId, meetingId), eq(snapshots.id, snapshotId)))
    .then(firstRow);
}

/** A detached, read-only document of a snapshot: never connected to a room. */
export function snapshotDoc(row: Pick<SnapshotRow, 'state'>): Y.Doc {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, new Uint8Array(row.state));
  return doc;
}
