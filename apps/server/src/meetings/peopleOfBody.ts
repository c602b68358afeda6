import { eq, inArray, or } from 'drizzle-orm';
import type { Db } from '../db/openDatabase.ts';
import { meetingPresenters, meetings, memberships, users } from '../db/schema.ts';

/** Members of the body and everyone who has presented at one of its meetings, by name. */
export async function peopleOfBody(db: Db, bodyId: string) {
  const members = db
    .select({ id: memberships.userId })
    .from(memberships)
    .where(eq(memberships.bodyId, bodyId));
  const presenters = db
    .select({ id: meetingPresenters.userId })
    .from(meetingPresenters)
    .innerJoin(meetings, eq(meetings.id, meetingPresenters.meetingId))
    .where(eq(meetings.bodyId, bodyId));
  return await db
    .select({
      id: users.id,
      name: users.name,
      title: users.title,
      organisation: users.organisation,
    })
    .from(users)
    .where(or(inArray(users.id, members), inArray(users.id, presenters)))
    .orderBy(users.name);
}
