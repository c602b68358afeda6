/**
 * Where a meeting's offline copy lives in this browser's IndexedDB. The user id is part of the
 * name so that two accounts on one shared computer never load or mix each other's copies, and
 * so that logging out can find (and remove) every copy of the person leaving.
 */
const PREFIX = 'anteckna-meeting-';

export function offlineCopyName(meetingId: string, userId: string): string {
  return `${PREFIX}${meetingId}-${userId}`;
}

/** Whether a database of this browser is one of this person's offline copies. */
export function isOfflineCopyOf(databaseName: string, userId: string): boolean {
  const suffix = `-${userId}`;
  return (
    databaseName.startsWith(PREFIX) &&
    databaseName.endsWith(suffix) &&
    databaseName.length > PREFIX.length + suffix.length
  );
}
