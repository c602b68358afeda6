import { eq } from 'drizzle-orm';
import type { Db } from '../db/openDatabase.ts';
import { meetingPresenters } from '../db/schema.ts';
import { withTransaction } from '../db/transaction.ts';
import { allPresenterIds } from './meetingWriteContext.ts';
import type { Room } from './room.ts';

/** Keeps the SQL read model of presenters equal to the agenda of each room whose agenda changed. */
export async function syncPresenters(db: Db, rooms: Iterable<Room>): Promise<void> {
  for (const room of rooms) {
    if (!room.agendaDirty) continue;
    room.agendaDirty = false;
    await writePresenters(db, room.meetingId, allPresenterIds(room.doc));
  }
}

export function writePresenters(db: Db, meetingId: string, userIds: Iterable<string>) {
  return withTransaction(db, async (tx) => {
    await tx.delete(meetingPresenters).where(eq(meetingPresenters.meetingId, meetingId));
    for (const userId of userIds) await tx.insert(meetingPresenters).values({ meetingId, userId });
  });
}
