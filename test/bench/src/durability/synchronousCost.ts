/**
 * What `synchronous=FULL` costs against `NORMAL` for Anteckna's write pattern (docs/operations.md):
 * the write batcher commits one transaction per event-loop turn, holding one log row per
 * writer of that turn. Measured on a fresh SQLite file in WAL mode in the given directory (the
 * disk the data dir is on matters: run it there), as commits per second and commit latency.
 *
 *   npm run durability --workspace @anteckna/bench -- [dir] [commits]
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';

const dir = fs.mkdtempSync(path.join(process.argv[2] ?? os.tmpdir(), 'anteckna-sync-'));
const commits = Number(process.argv[3] ?? 2000);
/** Rows per commit: one writer, and twenty people typing in the same turn. */
const ROWS_PER_COMMIT = [1, 20];
/** A keystroke's update, as the batcher stores it. */
const UPDATE = Buffer.alloc(40, 7);

interface Result {
  synchronous: string;
  rows: number;
  commitsPerSecond: number;
  p50Micros: number;
  p99Micros: number;
}

function measure(synchronous: 'FULL' | 'NORMAL', rows: number): Result {
  const file = path.join(dir, `${synchronous}-${rows}.sqlite`);
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma(`synchronous = ${synchronous}`);
  db.exec(
    'create table doc_updates (seq integer primary key autoincrement, meeting_id text not null, "update" blob not null, user_id text)',
  );
  const insert = db.prepare(
    'insert into doc_updates (meeting_id, "update", user_id) values (?, ?, ?)',
  );
  const commit = db.transaction((n: number) => {
    for (let i = 0; i < n; i++) insert.run('meeting', UPDATE, 'user');
  });
  const latencies: number[] = [];
  const started = process.hrtime.bigint();
  for (let i = 0; i < commits; i++) {
    const at = process.hrtime.bigint();
    commit(rows);
    latencies.push(Number(process.hrtime.bigint() - at) / 1000);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  db.close();
  latencies.sort((a, b) => a - b);
  return {
    synchronous,
    rows,
    commitsPerSecond: Math.round(commits / seconds),
    p50Micros: Math.round(latencies[Math.floor(latencies.length * 0.5)]!),
    p99Micros: Math.round(latencies[Math.floor(latencies.length * 0.99)]!),
  };
}

const results: Result[] = [];
for (const rows of ROWS_PER_COMMIT) {
  for (const synchronous of ['NORMAL', 'FULL'] as const) results.push(measure(synchronous, rows));
}
fs.rmSync(dir, { recursive: true, force: true });
console.log(`synchronous cost: ${commits} commits each, in ${path.dirname(dir)}`);
console.table(results);
