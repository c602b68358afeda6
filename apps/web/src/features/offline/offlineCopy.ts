import type * as Y from 'yjs';
import { IndexeddbPersistence } from 'y-indexeddb';
import { meetingMap } from '@anteckna/doc-schema';
import { deleteDatabase } from './deleteDatabase.ts';

/** What the collaboration session needs of the meeting's copy on this device. */
export interface OfflineCopy {
  /**
   * Resolves once the stored document is in the session's document, with the roots of stored
   * edits the server had not confirmed (typed offline, then the tab was closed): the session
   * still owes them to the server, and a refusal must be able to show them. Resolves empty when
   * the browser will not open the store.
   */
  readonly loaded: Promise<ReadonlySet<string>>;
  /** Edits are being kept on this device now. */
  readonly active: boolean;
  noteUnconfirmed(roots: ReadonlySet<string>): void;
  noteAllConfirmed(): void;
  /** Removes the copy from the device; resolves once it is gone. */
  clear(): Promise<void>;
}

export type OpenOfflineCopy = (doc: Y.Doc, changed: () => void) => OfflineCopy | null;

const UNCONFIRMED_KEY = 'unconfirmedRoots';

/** The meeting kept in IndexedDB (y-indexeddb), or null where the browser has no IndexedDB. */
export function indexeddbOfflineCopy(name: string): OpenOfflineCopy {
  return (doc, changed) =>
    typeof indexedDB === 'undefined' ? null : new IndexeddbOfflineCopy(name, doc, changed);
}

class IndexeddbOfflineCopy implements OfflineCopy {
  readonly loaded: Promise<ReadonlySet<string>>;
  private persistence: IndexeddbPersistence | null;
  private isLoaded = false;
  private readonly unconfirmed = new Set<string>();
  private markStopped: () => void = () => {};
  private readonly stopped = new Promise<void>((resolve) => (this.markStopped = resolve));

  constructor(
    private readonly name: string,
    private readonly doc: Y.Doc,
    private readonly changed: () => void,
  ) {
    this.persistence = new IndexeddbPersistence(name, doc);
    this.loaded = this.load(this.persistence);
    meetingMap(doc).observe(this.dropIfLocked);
  }

  get active(): boolean {
    return this.isLoaded && this.persistence !== null;
  }

  noteUnconfirmed(roots: ReadonlySet<string>): void {
    const before = this.unconfirmed.size;
    for (const root of roots) this.unconfirmed.add(root);
    if (this.unconfirmed.size !== before) this.storeUnconfirmed();
  }

  noteAllConfirmed(): void {
    // Before loading, "nothing unconfirmed" only means nothing was typed in this tab yet.
    if (!this.isLoaded || this.unconfirmed.size === 0) return;
    this.unconfirmed.clear();
    this.storeUnconfirmed();
  }

  async clear(): Promise<void> {
    const persistence = this.stop();
    if (persistence) await persistence.clearData();
    // clearData() starts the deletion without waiting for it. Requests for one database run in
    // order, so this one resolves once the copy is gone: a new copy opened under the same name
    // after that cannot load the thrown-away document back.
    await deleteDatabase(this.name);
  }

  private async load(persistence: IndexeddbPersistence): Promise<ReadonlySet<string>> {
    try {
      // Rejects where the browser refuses IndexedDB (some private modes): work without a copy.
      const db = await persistence._db;
      // Another tab deleting this copy (its refusal, a logout) asks this connection to close:
      // stop writing into it instead of failing on every keystroke.
      db.addEventListener('versionchange', () => void this.stop()?.destroy());
      // A copy stopped while loading never reports itself loaded.
      await Promise.race([persistence.whenSynced, this.stopped]);
      if (this.persistence !== persistence) return new Set();
      const stored: unknown = await persistence.get(UNCONFIRMED_KEY);
      for (const root of parseRoots(stored)) this.unconfirmed.add(root);
    } catch {
      void this.stop()?.destroy();
      return new Set();
    }
    this.isLoaded = true;
    const unconfirmed = new Set(this.unconfirmed);
    this.dropIfLocked();
    return unconfirmed;
  }

  /** Locked minutes can never be written again: a copy of them only keeps text on the device. */
  private readonly dropIfLocked = (): void => {
    if (this.isLoaded && this.persistence && meetingMap(this.doc).get('phase') === 'locked') {
      void this.clear().catch(() => undefined);
    }
  };

  private storeUnconfirmed(): void {
    const persistence = this.persistence;
    if (!persistence) return;
    void this.loaded
      .then(() =>
        this.persistence === persistence
          ? persistence.set(UNCONFIRMED_KEY, JSON.stringify([...this.unconfirmed]))
          : null,
      )
      .catch(() => undefined);
  }

  /** Stops keeping the document here; returns the persistence it stopped, if any. */
  private stop(): IndexeddbPersistence | null {
    const persistence = this.persistence;
    if (!persistence) return null;
    this.persistence = null;
    meetingMap(this.doc).unobserve(this.dropIfLocked);
    this.markStopped();
    this.changed();
    return persistence;
  }
}

function parseRoots(stored: unknown): string[] {
  if (typeof stored !== 'string') return [];
  try {
    const roots: unknown = JSON.parse(stored);
    return Array.isArray(roots) ? roots.filter((root) => typeof root === 'string') : [];
  } catch {
    return [];
  }
}
