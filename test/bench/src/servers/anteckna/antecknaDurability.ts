import path from 'node:path';
import { coversStateVector } from '../../edits/docDigest.ts';
import { readSqlite, stateVectorOf } from '../storedState.ts';
import { ANTECKNA_DATABASE_FILE } from '../benchPaths.ts';

/** One read of a meeting's stored log: its compacted state row, and the log rows after `afterSeq`. */
export interface StoredLogRead {
  state: { state: Uint8Array; upToSeq: number } | undefined;
  rows: Array<{ seq: number; bytes: Uint8Array }>;
}

/** Reads the stored log of a meeting, or null when the storage cannot be read yet. */
export type StoredLogReader = (
  meetingId: string,
  afterSeq: number,
) => Promise<StoredLogRead | null>;

/**
 * What Anteckna has committed for one meeting: the compacted state plus the tail of the update
 * log after it (the tables `doc_states` and `doc_updates`, in the SQLite file of the data dir or
 * in Postgres). New rows are read once; the compacted state again only when compaction has moved
 * on.
 */
export function antecknaStoredState(
  read: StoredLogReader,
  meetingId: string,
): { covers(want: ReadonlyMap<number, number>): Promise<boolean> } {
  const vector = new Map<number, number>();
  let lastSeq = 0;
  let stateUpToSeq = -1;
  const absorb = (updates: Uint8Array[]) => {
    for (const [client, clock] of stateVectorOf(updates)) {
      if (clock > (vector.get(client) ?? 0)) vector.set(client, clock);
    }
  };
  return {
    async covers(want) {
      const stored = await read(meetingId, lastSeq);
      if (stored === null) return false;
      const { state, rows } = stored;
      if (state && state.upToSeq !== stateUpToSeq) {
        absorb([state.state]);
        stateUpToSeq = state.upToSeq;
      }
      absorb(rows.map((row) => row.bytes));
      lastSeq = Math.max(lastSeq, state?.upToSeq ?? 0, rows.at(-1)?.seq ?? 0);
      return coversStateVector(vector, want);
    },
  };
}

/** The log in the SQLite file of a data dir (CONTRACT "data": the embedded default). */
export function sqliteLogReader(dataDir: string): StoredLogReader {
  const file = path.join(dataDir, ANTECKNA_DATABASE_FILE);
  return async (meetingId, afterSeq) =>
    readSqlite(file, (db) => ({
      state: db
        .prepare('SELECT state, up_to_seq AS upToSeq FROM doc_states WHERE meeting_id = ?')
        .get(meetingId) as StoredLogRead['state'],
      rows: db
        .prepare(
          'SELECT seq, "update" AS bytes FROM doc_updates WHERE meeting_id = ? AND seq > ? ORDER BY seq',
        )
        .all(meetingId, afterSeq) as StoredLogRead['rows'],
    }));
}
