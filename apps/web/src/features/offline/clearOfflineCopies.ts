import { deleteDatabase } from './deleteDatabase.ts';
import { isOfflineCopyOf } from './offlineCopyName.ts';

/**
 * Removes every offline copy of one person from this browser: on a shared computer, what they
 * wrote must not stay behind for the next person once they have logged out.
 */
export async function clearOfflineCopiesOf(userId: string): Promise<void> {
  if (typeof indexedDB === 'undefined' || typeof indexedDB.databases !== 'function') return;
  const databases = await indexedDB.databases();
  await Promise.allSettled(
    databases
      .map((database) => database.name ?? '')
      .filter((name) => isOfflineCopyOf(name, userId))
      .map(deleteDatabase),
  );
}
