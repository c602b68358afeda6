import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';

/** What `PRAGMA wal_checkpoint` reports: WAL frames in all, and how many are in the database. */
export interface CheckpointResult {
  busy: number;
  log: number;
  checkpointed: number;
}

/** How often the checkpoint thread moves the WAL's frames into the database file. */
export const WAL_CHECKPOINT_PERIOD_MS = 1_000;

/**
 * The thread's code (CommonJS, run by `new Worker(…, { eval: true })`): its own connection to
 * the database file, a PASSIVE checkpoint every period and on request. PASSIVE never waits for
 * the writer or the readers: it moves what it can, and the rest at the next one.
 */
const CHECKPOINT_THREAD = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('cache_size = -64');
const checkpoint = () => db.pragma('wal_checkpoint(PASSIVE)')[0];
const timer = setInterval(checkpoint, workerData.periodMs);
parentPort.on('message', (message) => {
  if (message.type === 'checkpoint') parentPort.postMessage({ id: message.id, result: checkpoint() });
  if (message.type === 'close') {
    clearInterval(timer);
    db.close();
    parentPort.close();
  }
});
`;

/**
 * Checkpoints of a SQLite database's write-ahead log on a thread of their own.
 *
 * SQLite checkpoints by itself inside the COMMIT that takes the WAL past 1,000 pages, on the
 * connection's thread: it syncs the WAL, copies the pages into the database file and syncs that.
 * For this server that thread is the event loop, so about twice a second in the `rooms`
 * benchmark (200 meetings typing) one commit held every client's next message for two fsyncs
 * (1–12 ms each on the project's machine) and the copy. The server's connection therefore
 * checkpoints never (`wal_autocheckpoint = 0`), and a connection of this thread's own does it
 * instead, with SQLite's own syncs: what is durable stays exactly as it was. If the thread
 * fails, the server's connection checkpoints by itself again, as before, and says so.
 */
export class WalCheckpointer {
  private nextId = 0;
  private readonly waiting = new Map<
    number,
    { resolve: (result: CheckpointResult) => void; reject: (error: Error) => void }
  >();
  private stopped = false;

  private constructor(
    private readonly worker: Worker,
    private readonly sqlite: Database.Database,
  ) {
    worker.unref();
    worker.on('message', (message: { id: number; result: CheckpointResult }) => {
      this.waiting.get(message.id)?.resolve(message.result);
      this.waiting.delete(message.id);
    });
    worker.on('error', (error) => this.fallBack(error));
  }

  /** Takes the checkpoints of `sqlite`'s database over from its connection. */
  static start(sqlite: Database.Database, periodMs = WAL_CHECKPOINT_PERIOD_MS): WalCheckpointer {
    const driver = createRequire(import.meta.url).resolve('better-sqlite3');
    const worker = new Worker(CHECKPOINT_THREAD, {
      eval: true,
      workerData: { driver, file: sqlite.name, periodMs },
      // A connection and a timer: a small heap is all it needs.
      resourceLimits: { maxOldGenerationSizeMb: 16, maxYoungGenerationSizeMb: 2 },
    });
    sqlite.pragma('wal_autocheckpoint = 0');
    return new WalCheckpointer(worker, sqlite);
  }

  /** A checkpoint now, beside the periodic ones: resolves with what it did. */
  checkpoint(): Promise<CheckpointResult> {
    if (this.stopped) return Promise.reject(new Error('the checkpoint thread has stopped'));
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject });
      this.worker.postMessage({ type: 'checkpoint', id });
    });
  }

  /** Ends the thread and its connection; call before the server's connection is closed. */
  async stop(): Promise<void> {
    if (this.stopped) return;
    this.stopped = true;
    const exited = new Promise((resolve) => this.worker.once('exit', resolve));
    this.worker.postMessage({ type: 'close' });
    await exited;
  }

  private fallBack(error: Error): void {
    if (this.stopped) return;
    this.stopped = true;
    for (const { reject } of this.waiting.values()) reject(error);
    this.waiting.clear();
    console.warn(
      `[anteckna] the WAL's checkpoint thread failed (${error.message}): the database's connection checkpoints by itself again`,
    );
    if (this.sqlite.open) this.sqlite.pragma('wal_autocheckpoint = 1000');
  }
}

const checkpointers = new WeakMap<Database.Database, WalCheckpointer>();

/** Starts the checkpoint thread of a file database's connection (none for `:memory:`). */
export function startWalCheckpoints(sqlite: Database.Database): void {
  if (sqlite.memory || checkpointers.has(sqlite)) return;
  checkpointers.set(sqlite, WalCheckpointer.start(sqlite));
}

/** The connection's checkpoint thread, if it has one. */
export function walCheckpointerOf(sqlite: Database.Database): WalCheckpointer | undefined {
  return checkpointers.get(sqlite);
}

/** Stops the connection's checkpoint thread: before the connection is closed. */
export async function stopWalCheckpoints(sqlite: Database.Database): Promise<void> {
  const checkpointer = checkpointers.get(sqlite);
  checkpointers.delete(sqlite);
  await checkpointer?.stop();
}
