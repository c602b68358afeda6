import { readMinutes, type SignatureBlock } from '@anteckna/doc-schema';
import { and, desc, eq, ne } from 'drizzle-orm';
import type { AppDeps } from '../appDeps.ts';
import { firstRow } from '../db/firstRow.ts';
import { meetings } from '../db/schema.ts';

/**
 * The form of a new meeting's minutes follows the body's latest minutes (SPEC rule S1): when they
 * are a protocol, the new meeting is one too, with the same secretary and chair to sign and no
 * adjusters yet (they are chosen at each meeting), place and date still open. A body that writes
 * protocols sets it once, on one meeting; minnesanteckningar stay as they are.
 */
export async function inheritedSignatures(
  deps: Pick<AppDeps, 'db' | 'collab'>,
  bodyId: string,
  newMeetingId: string,
): Promise<{ signatures?: SignatureBlock }> {
  const latest = await deps.db
    .select({ id: meetings.id })
    .from(meetings)
    .where(
      and(
        eq(meetings.bodyId, bodyId),
        ne(meetings.id, newMeetingId),
        ne(meetings.phase, 'planned'),
      ),
    )
    .orderBy(desc(meetings.date))
    .limit(1)
    .then(firstRow);
  if (!latest) return {};
  // Locked minutes never change, so their document says what their seal covers.
  const previous = await deps.collab.readDoc(
    latest.id,
    (room) => readMinutes(room.doc).meeting.signatures,
  );
  if (!previous) return {};
  return {
    signatures: {
      place: '',
      secretary: previous.secretary,
      chair: previous.chair,
      adjusters: [],
    },
  };
}
