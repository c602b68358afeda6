import { isStorageFull } from '../errors/storageFull.ts';
import { sqliteClient, type Db } from './openDatabase.ts';

export type StorageStatus = { ok: true } | { ok: false; reason: 'storage_full'; since: string };

/**
 * Whether the database can take writes. When a commit fails with SQLITE_FULL the server stops
 * accepting document writes (a transient close, so clients keep their edits and retry) and says
 * so in one log line and in /api/health; reads go on. Every `retryMs` a one-page probe write
 * finds out whether there is room again; the first that succeeds lets writes in.
 */
export class StorageHealth {
  private fullSince: Date | null = null;
  private lastProbe = 0;

  constructor(
    private readonly db: Db,
    private readonly retryMs = 2000,
    private readonly now: () => number = () => Date.now(),
  ) {}

  status(): StorageStatus {
    return this.fullSince
      ? { ok: false, reason: 'storage_full', since: this.fullSince.toISOString() }
      : { ok: true };
  }

  markFull(error: Error): void {
    this.lastProbe = this.now();
    if (this.fullSince) return;
    this.fullSince = new Date(this.now());
    console.error(
      `[anteckna] storage full (${error.message}): document writes are refused until there is ` +
        'room again; reads go on, and nothing that was confirmed is lost',
    );
  }

  /** True unless storage is full and a probe (at most every `retryMs`) finds no room yet. */
  acceptsWrites(): boolean {
    if (!this.fullSince) return true;
    if (this.now() - this.lastProbe < this.retryMs) return false;
    this.lastProbe = this.now();
    try {
      this.probe();
    } catch (error) {
      if (isStorageFull(error)) return false;
      throw error;
    }
    console.error('[anteckna] storage has room again: document writes are accepted');
    this.fullSince = null;
    return true;
  }

  /** A write of one page that is rolled back by nothing: it must really reach the disk. */
  private probe(): void {
    // Postgres reports a full disk on the commit itself: the next commit is the probe.
    const sqlite = sqliteClient(this.db);
    if (!sqlite) return;
    sqlite
      .prepare('insert or replace into storage_probe (id, padding) values (1, zeroblob(4096))')
      .run();
  }
}
