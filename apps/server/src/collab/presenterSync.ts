import { eq } from 'drizzle-orm';
import type { Db } from '../db/openDatabase.ts';
import { meetingPresenters } from '../db/schema.ts';
import { allPresenterIds } from './meetingWriteContext.ts';
import type { Room } from './room.ts';

/** Keeps the SQL read model of presenters equal to the agenda of each room whose agenda changed. */
export function syncPresenters(db: Db, rooms: Iterable<Room>): void {
  for (const room of rooms) {
    if (!room.agendaDirty) continue;
    room.agendaDirty = false;
    writePresenters(db, room.meetingId, allPresenterIds(room.doc));
  }
}

export function writePresenters(db: Db, meetingId: string, userIds: Iterable<string>): void {
  db.transaction(() => {
    db.delete(meetingPresenters).where(eq(meetingPresenters.meetingId, meetingId)).run();
    for (const userId of userIds) db.insert(meetingPresenters).values({ meetingId, userId }).run();
  });
}
