import { isDatabaseUnreachable } from '../errors/databaseUnreachable.ts';
import { isStorageFull } from '../errors/storageFull.ts';
import { pingDatabase, sqliteClient, type Db } from './openDatabase.ts';

export type StorageDownReason = 'storage_full' | 'database_unavailable';

export type StorageStatus = { ok: true } | { ok: false; reason: StorageDownReason; since: string };

/**
 * Whether the database can take writes. When a commit fails because the disk is full
 * (SQLITE_FULL, Postgres disk_full) or because Postgres cannot be reached, the server stops
 * accepting document writes (a transient close, so clients keep their edits and retry) and says
 * so in one log line and in /api/health; reads of what the server holds go on. Every `retryMs` a
 * probe finds out whether the database takes writes again; the first that succeeds lets writes in.
 */
export class StorageHealth {
  private down: { reason: StorageDownReason; since: Date } | null = null;
  private lastProbe = 0;
  private probing = false;

  constructor(
    private readonly db: Db,
    private readonly retryMs = 2000,
    private readonly now: () => number = () => Date.now(),
  ) {}

  status(): StorageStatus {
    return this.down
      ? { ok: false, reason: this.down.reason, since: this.down.since.toISOString() }
      : { ok: true };
  }

  /** Records a failed commit; true when it was one of the failures this class waits out. */
  commitFailed(error: Error): boolean {
    if (isStorageFull(error)) this.markDown('storage_full', error);
    else if (isDatabaseUnreachable(error)) this.markDown('database_unavailable', error);
    else return false;
    return true;
  }

  /**
   * True unless writes are refused and a probe has not yet found the database taking them. A
   * full SQLite disk is probed at once (a write to the file); Postgres is probed in the
   * background, and the answer lets writes in from the next call on.
   */
  acceptsWrites(): boolean {
    if (!this.down) return true;
    if (this.probing || this.now() - this.lastProbe < this.retryMs) return false;
    this.lastProbe = this.now();
    const sqlite = sqliteClient(this.db);
    if (sqlite) {
      try {
        sqlite
          .prepare('insert or replace into storage_probe (id, padding) values (1, zeroblob(4096))')
          .run();
      } catch (error) {
        if (isStorageFull(error)) return false;
        throw error;
      }
      this.recovered();
      return true;
    }
    // Postgres reports a full disk on the commit itself: the next commit after a good ping is
    // the probe there.
    this.probing = true;
    pingDatabase(this.db).then(
      () => {
        this.probing = false;
        this.recovered();
      },
      () => {
        this.probing = false;
        this.lastProbe = this.now();
      },
    );
    return false;
  }

  private markDown(reason: StorageDownReason, error: Error): void {
    this.lastProbe = this.now();
    if (this.down?.reason === reason) return;
    this.down = { reason, since: new Date(this.now()) };
    const what = reason === 'storage_full' ? 'storage full' : 'database unreachable';
    console.error(
      `[anteckna] ${what} (${error.message}): document writes are refused until it takes ` +
        'writes again; reads go on, and nothing that was confirmed is lost',
    );
  }

  private recovered(): void {
    if (!this.down) return;
    console.error('[anteckna] the database takes writes again: document writes are accepted');
    this.down = null;
  }
}
