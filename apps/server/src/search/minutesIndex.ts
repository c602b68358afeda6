import { eq, notInArray } from 'drizzle-orm';
import type { CollabService } from '../collab/collabService.ts';
import type { Db } from '../db/openDatabase.ts';
import { meetings, registerClauses, searchRows } from '../db/schema.ts';
import { currentMinutes } from '../exports/currentMinutes.ts';
import { registerEntries, searchEntries, type SearchEntry } from './minutesIndexEntries.ts';

/**
 * The search index and the clause register, kept up to date with the minutes:
 * - at once (`reindex`) after a phase move, an approval and a new meeting, so what a secretary
 *   just circulated or locked is found by the next search;
 * - after edits, once the meeting's document has been quiet for `quietMs` (and at the latest
 *   `maxWaitMs` after the first unindexed edit, so a meeting typed into for an hour is found too);
 * - at start, for meetings the index does not hold (a database from before it).
 *
 * Meetings whose wait ends within the same second are rebuilt together, in one transaction: each
 * commit waits for the disk (synchronous=FULL, docs/operations.md), and with two hundred meetings
 * typed into at once, one transaction per meeting every ten seconds kept the event loop waiting
 * for the disk a fifth of the time, in front of every edit.
 */
export interface MinutesIndex {
  /** Rebuilds one meeting's rows now; a failure is logged, never thrown at the caller. */
  reindex(meetingId: string): void;
  /** The documents of these meetings changed: reindex them when edits pause. */
  changed(meetingIds: Iterable<string>): void;
  /** Reindexes every pending meeting now. */
  flush(): void;
  /** Indexes every meeting the index does not hold yet; returns how many. */
  backfill(): number;
  /** Flushes and stops the timers (before the database closes). */
  close(): void;
}

export interface IndexTiming {
  quietMs: number;
  maxWaitMs: number;
}

export const DEFAULT_INDEX_TIMING: IndexTiming = { quietMs: 1500, maxWaitMs: 10_000 };

/** Waits end on whole seconds, so that meetings due about the same time share one commit. */
const ROUND_TO_MS = 1000;

export function createMinutesIndex(
  deps: { db: Db; collab: CollabService },
  timing: IndexTiming = DEFAULT_INDEX_TIMING,
): MinutesIndex {
  const pending = new Map<string, { firstAt: number; timer: NodeJS.Timeout }>();
  /** Meetings whose wait has ended, rebuilt together in the next `setImmediate`. */
  const due = new Set<string>();
  let closed = false;

  function rebuild(meetingId: string) {
    const entry = pending.get(meetingId);
    if (entry) clearTimeout(entry.timer);
    pending.delete(meetingId);
    const meeting = deps.db
      .select({ bodyId: meetings.bodyId })
      .from(meetings)
      .where(eq(meetings.id, meetingId))
      .get();
    if (!meeting) return writeIndex(deps.db, meetingId, null, []);
    const { model } = currentMinutes(deps, meetingId);
    writeIndex(deps.db, meetingId, meeting.bodyId, searchEntries(model), registerEntries(model));
  }

  function reindex(meetingId: string) {
    try {
      rebuild(meetingId);
    } catch (err) {
      // The index is a read model: a failure here must never take an edit down with it. The
      // meeting stays as it was indexed and is tried again on its next change.
      console.error('[anteckna] search index update failed', meetingId, err);
    }
  }

  /** One transaction for all: one wait for the disk instead of one per meeting. */
  function reindexTogether(meetingIds: Iterable<string>) {
    deps.db.transaction(() => {
      for (const meetingId of meetingIds) reindex(meetingId);
    });
  }

  function rebuildDue() {
    const meetingIds = [...due].filter((meetingId) => pending.has(meetingId));
    due.clear();
    if (!closed && meetingIds.length > 0) reindexTogether(meetingIds);
  }

  function endWait(meetingId: string) {
    if (due.size === 0) setImmediate(rebuildDue);
    due.add(meetingId);
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
        const endsAt = Math.min(now + timing.quietMs, firstAt + timing.maxWaitMs);
        const delay = Math.max(0, Math.ceil(endsAt / ROUND_TO_MS) * ROUND_TO_MS - now);
        const timer = setTimeout(() => endWait(meetingId), delay);
        timer.unref();
        pending.set(meetingId, { firstAt, timer });
      }
    },
    flush() {
      for (const meetingId of [...pending.keys()]) reindex(meetingId);
    },
    backfill() {
      const indexed = deps.db.selectDistinct({ id: searchRows.meetingId }).from(searchRows);
      const missing = deps.db
        .select({ id: meetings.id })
        .from(meetings)
        .where(notInArray(meetings.id, indexed))
        .all();
      reindexTogether(missing.map(({ id }) => id));
      return missing.length;
    },
    close() {
      this.flush();
      closed = true;
    },
  };
}

/** Control characters would break the snippet's highlight markers (\u0001, \u0002). */
// eslint-disable-next-line no-control-regex -- matching them is the point
const CONTROL = /[\u0000-\u0008\u000b-\u001f]/g;
const clean = (text: string) => text.replace(CONTROL, ' ');

/** Replaces one meeting's rows, in one transaction: a search sees the old rows or the new. */
function writeIndex(
  db: Db,
  meetingId: string,
  bodyId: string | null,
  entries: SearchEntry[],
  clauses: ReturnType<typeof registerEntries> = [],
) {
  const insertText = db.$client.prepare(
    'INSERT INTO search_text (rowid, title, body, decision, attachments, attendance) VALUES (?, ?, ?, ?, ?, ?)',
  );
  db.transaction(() => {
    db.delete(searchRows).where(eq(searchRows.meetingId, meetingId)).run();
    db.delete(registerClauses).where(eq(registerClauses.meetingId, meetingId)).run();
    if (bodyId === null) return;
    for (const entry of entries) {
      const row = db
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
        .returning({ id: searchRows.id })
        .get();
      insertText.run(
        row.id,
        clean(entry.title),
        clean(entry.body),
        clean(entry.decision),
        clean(entry.attachments),
        clean(entry.attendance),
      );
    }
    for (const clause of clauses) {
      db.insert(registerClauses)
        .values({ meetingId, bodyId, ...clause })
        .run();
    }
  });
}
