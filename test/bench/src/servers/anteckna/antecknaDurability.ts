import path from 'node:path';
import { coversStateVector } from '../../edits/docDigest.ts';
import { readSqlite, stateVectorOf } from '../storedState.ts';
import { ANTECKNA_DATABASE_FILE } from '../benchPaths.ts';

/**
 * Reads what Anteckna has committed for one meeting: the compacted state plus the tail of the
 * update log after it (CONTRACT "data": everything lives in the SQLite file of the data dir).
 * New rows are read once; the compacted state again only when compaction has moved on.
 */
export function antecknaStoredState(
  dataDir: string,
  meetingId: string,
): { covers(want: ReadonlyMap<number, number>): boolean } {
  const file = path.join(dataDir, ANTECKNA_DATABASE_FILE);
  const vector = new Map<number, number>();
  let lastSeq = 0;
  let stateUpToSeq = -1;
  const absorb = (updates: Uint8Array[]) => {
    for (const [client, clock] of stateVectorOf(updates)) {
      if (clock > (vector.get(client) ?? 0)) vector.set(client, clock);
    }
  };
  return {
    covers(want) {
      const read = readSqlite(file, (db) => {
        const state = db
          .prepare('SELECT state, up_to_seq AS upToSeq FROM doc_states WHERE meeting_id = ?')
          .get(meetingId) as { state: Uint8Array; upToSeq: number } | undefined;
        if (state && state.upToSeq !== stateUpToSeq) {
          absorb([state.state]);
          stateUpToSeq = state.upToSeq;
          lastSeq = Math.max(lastSeq, state.upToSeq);
        }
        const rows = db
          .prepare(
            'SELECT seq, "update" AS bytes FROM doc_updates WHERE meeting_id = ? AND seq > ? ORDER BY seq',
          )
          .all(meetingId, lastSeq) as Array<{ seq: number; bytes: Uint8Array }>;
        absorb(rows.map((row) => row.bytes));
        if (rows.length > 0) lastSeq = rows[rows.length - 1]!.seq;
        return true;
      });
      return read !== null && coversStateVector(vector, want);
    },
  };
}
