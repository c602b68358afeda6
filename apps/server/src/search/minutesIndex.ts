import { firstRow } from '../db/firstRow.ts';
import { eq, notInArray } from 'drizzle-orm';
import { YieldingQueue } from '../concurrency/yieldingQueue.ts';
import { withTransaction } from '../db/transaction.ts';
import { walSynced } from '../db/walSync.ts';
import type { CollabService } from '../collab/collabService.ts';
import { sqliteClient, type Db } from '../db/openDatabase.ts';
import { insertPostgresSearchText } from './postgresSearch.ts';
import { meetings, registerClauses, searchRows } from '../db/schema.ts';
import { moveDoneMarks } from '../registers/moveDoneMarks.ts';
import { currentMinutes } from '../exports/currentMinutes.ts';
import { registerEntries, searchEntries, type SearchEntry } from './minutesIndexEntries.ts';

/**
 * The search index and the clause register, kept up to date with the minutes:
 * - at once (`reindex`) after a phase move, an approval and a new meeting, so what a secretary
 *   just circulated or locked is found by the next search;
 * - after edits, once the meeting's document has been quiet for `quietMs` (and at the latest
 *   `maxWaitMs` after the first unindexed edit, so a meeting typed into for an hour is found too),
 *   one meeting at a time with the clients' input read between two (concurrency/yieldingQueue);
 * - at start, for meetings the index does not hold (a database from before it).
 *
 * Each meeting is rebuilt in a transaction of its own, whose commit is synced to the disk off the
 * event loop (`writeIndex`): with two hundred meetings typed into at once, a commit each every ten
 * seconds that waited for the disk on the loop kept it waiting a fifth of the time, in front of
 * every edit.
 */
export interface MinutesIndex {
  /** Rebuilds one meeting's rows now; a failure is logged, never thrown at the caller. */
  reindex(meetingId: string): Promise<void>;
  /** The documents of these meetings changed: reindex them when edits pause. */
  changed(meetingIds: Iterable<string>): void;
  /** Reindexes every pending meeting now. */
  flush(): Promise<void>;
  /** Indexes every meeting the index does not hold yet; returns how many. */
  backfill(): Promise<number>;
  /** Flushes and stops the timers (before the database closes). */
  close(): Promise<void>;
}

export interface IndexTiming {
  quietMs: number;
  maxWaitMs: number;
}

export const DEFAULT_INDEX_TIMING: IndexTiming = { quietMs: 1500, maxWaitMs: 10_000 };

export function createMinutesIndex(
  deps: { db: Db; collab: CollabService },
  timing: IndexTiming = DEFAULT_INDEX_TIMING,
): MinutesIndex {
  const pending = new Map<string, { firstAt: number; timer: NodeJS.Timeout }>();
  let closed = false;

  async function rebuild(meetingId: string) {
    const entry = pending.get(meetingId);
    if (entry) clearTimeout(entry.timer);
    pending.delete(meetingId);
    const meeting = await deps.db
      .select({ bodyId: meetings.bodyId })
      .from(meetings)
      .where(eq(meetings.id, meetingId))
      .then(firstRow);
    if (!meeting) return writeIndex(deps.db, meetingId, null, []);
    const { model } = await currentMinutes(deps, meetingId);
    await writeIndex(
      deps.db,
      meetingId,
      meeting.bodyId,
      searchEntries(model),
      registerEntries(model),
    );
  }

  async function reindex(meetingId: string) {
    try {
      await rebuild(meetingId);
    } catch (err) {
      // The index is a read model: a failure here must never take an edit down with it. The
      // meeting stays as it was indexed and is tried again on its next change.
      console.error('[anteckna] search index update failed', meetingId, err);
    }
  }

  /**
   * One after another, each in its own transaction. Not one transaction for all: a rebuild reads
   * the live document, which may wait for a room to load, and that load commits (client ids) in a
   * transaction of its own, which would wait for this one to end.
   */
  /** Rebuilds that came due, one meeting at a time with the clients' input read in between. */
  const rebuilds = new YieldingQueue(reindex);

  async function reindexTogether(meetingIds: Iterable<string>) {
    for (const meetingId of meetingIds) await reindex(meetingId);
  }

  return {
    reindex,
    changed(meetingIds) {
      if (closed) return;
      const now = Date.now();
      for (const meetingId of meetingIds) {
        const entry = pending.get(meetingId);
        if (entry) clearTimeout(entry.timer);
        const firstAt = entry?.firstAt ?? now;
        const delay = Math.max(0, Math.min(timing.quietMs, firstAt + timing.maxWaitMs - now));
        const timer = setTimeout(() => rebuilds.add(meetingId), delay);
        timer.unref();
        pending.set(meetingId, { firstAt, timer });
      }
    },
    async flush() {
      for (const meetingId of [...pending.keys()]) await reindex(meetingId);
    },
    async backfill() {
      const indexed = deps.db.selectDistinct({ id: searchRows.meetingId }).from(searchRows);
      const missing = await deps.db
        .select({ id: meetings.id })
        .from(meetings)
        .where(notInArray(meetings.id, indexed));
      await reindexTogether(missing.map(({ id }) => id));
      return missing.length;
    },
    async close() {
      closed = true;
      await this.flush();
    },
  };
}

/** Control characters would break the snippet's highlight markers (\u0001, \u0002). */
// eslint-disable-next-line no-control-regex -- matching them is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f]/g;
const clean = (text: string) => text.replace(CONTROL, ' ');

/**
 * Replaces one meeting's rows, in one transaction: a search sees the old rows or the new. The
 * commit is synced off the event loop and awaited (db/walSync.ts): as durable as any other
 * commit once this resolves, without holding every client's next message for the disk.
 */
async function writeIndex(
  db: Db,
  meetingId: string,
  bodyId: string | null,
  entries: SearchEntry[],
  clauses: ReturnType<typeof registerEntries> = [],
) {
  const sqlite = sqliteClient(db);
  const insertText = sqlite?.prepare(
    'INSERT INTO search_text (rowid, title, body, decision, attachments, attendance) VALUES (?, ?, ?, ?, ?, ?)',
  );
  await withTransaction(
    db,
    async (tx) => {
      const followDoneMarks = await moveDoneMarks(tx, meetingId);
      await tx.delete(searchRows).where(eq(searchRows.meetingId, meetingId));
      await tx.delete(registerClauses).where(eq(registerClauses.meetingId, meetingId));
      if (bodyId === null) return;
      await followDoneMarks(clauses);
      for (const entry of entries) {
        const [row] = await tx
          .insert(searchRows)
          .values({
            meetingId,
            itemId: entry.itemId,
            itemNumber: entry.itemNumber,
            itemTitle: entry.itemTitle,
            public: entry.public,
            carriedFromMeetingId: entry.carriedFromMeetingId,
            carriedFromItemId: entry.carriedFromItemId,
          })
          .returning({ id: searchRows.id });
        const texts = [
          entry.title,
          entry.body,
          entry.decision,
          entry.attachments,
          entry.attendance,
        ].map(clean) as [string, string, string, string, string];
        if (insertText) insertText.run(row!.id, ...texts);
        else await insertPostgresSearchText(tx, row!.id, texts);
      }
      for (const clause of clauses) {
        await tx.insert(registerClauses).values({ meetingId, bodyId, ...clause });
      }
    },
    { syncLater: true },
  );
  await walSynced(db);
}
