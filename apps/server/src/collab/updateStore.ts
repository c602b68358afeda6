import { and, eq, gt, sql } from 'drizzle-orm';
import * as Y from 'yjs';
import { sqliteClient, type Db } from '../db/openDatabase.ts';
import { docStates, docUpdates } from '../db/schema.ts';

/** When a meeting's tail of the log grows past this, it is merged into its state row. */
export const COMPACT_AFTER_ROWS = 500;

export interface LoadedDoc {
  doc: Y.Doc;
  /** Rows of the log after the state row: how long the tail is. */
  tailRows: number;
  /**
   * The bytes read: the state row's and the tail's. At least the document's encoded size, as
   * applying an update never makes the document grow by more than the update's own bytes.
   */
  storedBytes: number;
}

/** The stored document: the compacted state row plus the short tail of the log after it. */
export async function loadDoc(db: Db, meetingId: string): Promise<LoadedDoc> {
  const doc = new Y.Doc({ gc: true });
  const [state] = await db.select().from(docStates).where(eq(docStates.meetingId, meetingId));
  const upToSeq = state?.upToSeq ?? 0;
  const tail = await db
    .select({ update: docUpdates.update })
    .from(docUpdates)
    .where(and(eq(docUpdates.meetingId, meetingId), gt(docUpdates.seq, upToSeq)))
    .orderBy(docUpdates.seq);
  // The state row is applied as it is: merging it with the tail first would decode and
  // re-encode the whole document once more (half of a big document's load time).
  if (state) Y.applyUpdate(doc, new Uint8Array(state.state), 'store');
  // The tail's rows are applied one by one in one transaction, not merged first: merging decodes
  // and re-encodes every row only for the document to decode the result again (a 400-row tail of
  // a big document: restart → content 93–112 → 76–89 ms in the benchmark's bigdoc).
  const updates = tail.map((row) => new Uint8Array(row.update));
  if (updates.length > 0)
    doc.transact(() => {
      for (const update of updates) Y.applyUpdate(doc, update, 'store');
    }, 'store');
  const storedBytes =
    (state?.state.length ?? 0) + updates.reduce((sum, update) => sum + update.length, 0);
  return { doc, tailRows: tail.length, storedBytes };
}

export interface LogEntry {
  meetingId: string;
  update: Uint8Array;
  userId: string | null;
}

/**
 * Appends accepted updates; the caller runs it inside the batch's transaction. The insert is
 * prepared once per database: building and preparing it for every row cost several times more
 * than writing the row (a burst of 100,000 keystrokes spent most of its time there).
 */
export async function appendUpdates(db: Db, entries: LogEntry[]): Promise<void> {
  if (entries.length === 0) return;
  if (!sqliteClient(db)) {
    // Postgres: one statement for the batch, one round trip.
    await db.insert(docUpdates).values(
      entries.map((entry) => ({
        meetingId: entry.meetingId,
        update: Buffer.from(entry.update),
        userId: entry.userId,
      })),
    );
    return;
  }
  const insert = insertUpdateStatement(db);
  for (const entry of entries) {
    insert.run({
      meetingId: entry.meetingId,
      update: Buffer.from(entry.update),
      userId: entry.userId,
    });
  }
}

const insertUpdateStatements = new WeakMap<Db, ReturnType<typeof prepareInsertUpdate>>();

function insertUpdateStatement(db: Db): ReturnType<typeof prepareInsertUpdate> {
  let statement = insertUpdateStatements.get(db);
  if (!statement) insertUpdateStatements.set(db, (statement = prepareInsertUpdate(db)));
  return statement;
}

function prepareInsertUpdate(db: Db) {
  return db
    .insert(docUpdates)
    .values({
      meetingId: sql.placeholder('meetingId'),
      update: sql.placeholder('update'),
      userId: sql.placeholder('userId'),
    })
    .prepare();
}

/**
 * Replaces the state row with the full current state (encoded by the caller when the batch was
 * taken, so it holds nothing the log does not) and moves its mark to the newest log row.
 * Log rows stay: they are the provenance record of who wrote what. Loading reads only the tail.
 */
export async function compactDoc(
  db: Db,
  meetingId: string,
  encodedState: Uint8Array,
): Promise<void> {
  const [newest] = await db
    .select({ seq: sql<number>`max(${docUpdates.seq})` })
    .from(docUpdates)
    .where(eq(docUpdates.meetingId, meetingId));
  const state = Buffer.from(encodedState);
  const upToSeq = newest?.seq ?? 0;
  await db
    .insert(docStates)
    .values({ meetingId, state, upToSeq })
    .onConflictDoUpdate({
      target: docStates.meetingId,
      set: { state, upToSeq, updatedAt: new Date().toISOString() },
    });
}
