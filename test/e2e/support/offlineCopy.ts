import type { Page } from 'playwright-core';
import * as Y from 'yjs';

/** A meeting's copy in the page's IndexedDB, as y-indexeddb stores it. */
export interface StoredOfflineCopy {
  /** The stored updates, applied to a fresh document. */
  doc: Y.Doc;
  /** The copy's key-value store (what the app keeps beside the document). */
  custom: Record<string, unknown>;
}

/** The name the web app gives the copy of one meeting for one person. */
export function offlineCopyName(meetingId: string, userId: string): string {
  return `anteckna-meeting-${meetingId}-${userId}`;
}

/**
 * Reads a copy from the page's IndexedDB; null when there is none. Never creates one: opening a
 * missing database would create it empty, under the app's feet.
 */
export async function readOfflineCopy(page: Page, name: string): Promise<StoredOfflineCopy | null> {
  const raw = await page.evaluate(async (name) => {
    const db = await new Promise<IDBDatabase | null>((resolve, reject) => {
      const request = indexedDB.open(name);
      request.onupgradeneeded = () => request.transaction?.abort();
      request.onsuccess = () => resolve(request.result);
      request.onerror = () =>
        request.error?.name === 'AbortError' ? resolve(null) : reject(request.error);
    });
    if (!db) return null;
    try {
      if (!db.objectStoreNames.contains('updates')) return null;
      const transaction = db.transaction(['updates', 'custom'], 'readonly');
      const updates = transaction.objectStore('updates').getAll();
      const keys = transaction.objectStore('custom').getAllKeys();
      const values = transaction.objectStore('custom').getAll();
      await new Promise((resolve, reject) => {
        transaction.oncomplete = resolve;
        transaction.onerror = () => reject(transaction.error);
      });
      return {
        updates: (updates.result as Uint8Array[]).map((update) => Array.from(update)),
        custom: keys.result.map((key, index) => [String(key), values.result[index] as unknown]),
      };
    } finally {
      db.close();
    }
  }, name);
  if (!raw) return null;
  const doc = new Y.Doc();
  for (const update of raw.updates) Y.applyUpdate(doc, Uint8Array.from(update));
  return { doc, custom: Object.fromEntries(raw.custom) };
}

/** Puts a value into a copy's key-value store: it survives only as long as the copy does. */
export async function markOfflineCopy(page: Page, name: string, key: string): Promise<void> {
  await page.evaluate(
    async ({ name, key }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onupgradeneeded = () => request.transaction?.abort();
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error);
      });
      try {
        const transaction = db.transaction('custom', 'readwrite');
        transaction.objectStore('custom').put('mark', key);
        await new Promise((resolve, reject) => {
          transaction.oncomplete = resolve;
          transaction.onerror = () => reject(transaction.error);
        });
      } finally {
        db.close();
      }
    },
    { name, key },
  );
}

/** The text of one field (`item:<id>:<field>`) of a stored copy, its blocks run together. */
export function storedFieldText(copy: StoredOfflineCopy, rootName: string): string {
  return copy.doc
    .getXmlFragment(rootName)
    .toJSON()
    .replace(/<[^>]*>/g, '');
}
