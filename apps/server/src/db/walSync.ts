import fs from 'node:fs/promises';
import type { Db } from './databaseHandle.ts';
import { isPostgres } from './postgres.ts';

/**
 * Group fsync of a SQLite database's write-ahead log, off the event loop.
 *
 * The database runs with `synchronous = NORMAL`: a commit is written to the WAL and returns
 * without syncing it. With FULL, better-sqlite3 would sync at each commit on the event loop,
 * which then waits for the disk (3 ms at the median on the project's machine, 30 ms at worst)
 * in front of every message of every client. The WAL is synced here instead, on libuv's thread
 * pool, while the loop goes on. Syncing the WAL file is what FULL does at each commit, so once
 * `sync()` resolves everything committed before the call survives a power loss as a FULL commit
 * would. Who waits for it: `withTransaction` (unless `syncLater`, for the update log, which
 * sends a batch before it is synced and settles it after), and the API's writing requests
 * (http/syncedWrites.ts).
 *
 * Group commit: while one fsync is under way, every caller waits for the next one, which
 * starts when it ends and covers all of them (an fsync that started before a caller's commit
 * may have missed its frames). Two fsyncs start at least `minGapMs` apart: under a steady
 * stream of edits each would otherwise cover one batch, and an fsync costs the process about
 * 0.2 ms of CPU (the hand-off to the thread pool and the kernel's journal work), a tenth of
 * the server's CPU per edit in the meeting benchmark. A caller after a quiet spell is synced at
 * once; under load an acknowledgement waits at most the gap longer. Nothing waits for it to be
 * broadcast (`writeBatcher` sends a batch once it is committed).
 */
export class WalSync {
  /** The fsync under way. */
  private running: Promise<void> | null = null;
  /** The fsync that callers since `running` began wait for: it starts after it, and the gap. */
  private next: Promise<void> | null = null;
  private lastStart = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly fsync: () => Promise<void>,
    /** Frees what `fsync` holds (the file handle), once the database is closed. */
    readonly close: () => Promise<void> = () => Promise.resolve(),
    private readonly minGapMs = WAL_SYNC_MIN_GAP_MS,
  ) {}

  /** Resolves once everything committed before this call is on the disk. */
  sync(): Promise<void> {
    if (this.next) return this.next;
    if (!this.running && this.untilDue() <= 0) return this.start();
    const behind = this.running?.catch(() => undefined) ?? Promise.resolve();
    this.next = behind
      .then(() => gap(this.untilDue()))
      .then(() => {
        this.next = null;
        return this.start();
      });
    return this.next;
  }

  private untilDue(): number {
    return this.lastStart + this.minGapMs - performance.now();
  }

  private start(): Promise<void> {
    this.lastStart = performance.now();
    const running = this.fsync().finally(() => {
      if (this.running === running) this.running = null;
    });
    this.running = running;
    return running;
  }
}

/** The least time between the starts of two fsyncs of one database's WAL. */
export const WAL_SYNC_MIN_GAP_MS = 20;

function gap(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}

const walSyncs = new WeakMap<Db, WalSync>();

/**
 * Resolves once everything committed on `db` before the call is on the disk. On Postgres a
 * commit returns only once it is durable, so there is nothing to wait for.
 */
export function walSynced(db: Db): Promise<void> {
  if (isPostgres(db) || db.$client.memory) return Promise.resolve();
  const client = db.$client;
  let walSync = walSyncs.get(db);
  if (!walSync) {
    const file = fileSync(`${client.name}-wal`);
    walSyncs.set(db, (walSync = new WalSync(file.sync, file.close)));
  }
  return walSync.sync();
}

/** Lets go of the WAL's file handle, after a last sync: before the database is closed. */
export async function closeWalSync(db: Db): Promise<void> {
  const walSync = walSyncs.get(db);
  if (!walSync) return;
  walSyncs.delete(db);
  await walSync.sync().catch(() => undefined);
  await walSync.close();
}

/**
 * fsync of one file through a handle kept open. SQLite keeps its WAL file (rewriting it from
 * the start after a checkpoint) while any connection has the database open, and ours does.
 */
function fileSync(file: string): { sync: () => Promise<void>; close: () => Promise<void> } {
  let handle: Promise<fs.FileHandle> | null = null;
  return {
    async sync() {
      handle ??= fs.open(file, 'r');
      try {
        await (await handle).sync();
      } catch (error) {
        // Opened again next time: a failed open or a handle that went bad is not kept.
        handle = null;
        throw error;
      }
    },
    async close() {
      const open = handle;
      handle = null;
      if (open) await (await open.catch(() => null))?.close();
    },
  };
}
