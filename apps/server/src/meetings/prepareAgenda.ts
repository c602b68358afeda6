import { readAgendaRecords, updateAgendaItem } from '@anteckna/doc-schema';
import { formatSwedishDate } from '@anteckna/domain';
import type { AppDeps } from '../appDeps.ts';
import { carryOverItems } from './carryOver.ts';
import { addFollowUpItem } from './followUpItem.ts';
import { previousCirculatedMeeting } from './previousMeeting.ts';

interface PreparedMeeting {
  id: string;
  bodyId: string;
  date: string;
}

/**
 * What a meeting's agenda takes from the meetings before it, done when it goes into preparation
 * (at once for a new meeting; for a planned one of the year's calendar, when the secretary
 * starts preparing it, so that it takes what is decided by then): the link from
 * "Föregående minnesanteckningar" to the minutes it will approve, the items carried over, and
 * the open tasks due by its date.
 */
export async function prepareAgenda(
  deps: AppDeps,
  meeting: PreparedMeeting,
  body: { id: string; name: string; shortName: string },
) {
  const previous = await previousCirculatedMeeting(deps.db, body.id, meeting.date);
  if (previous) {
    await deps.collab.writeDoc(meeting.id, (room) => {
      const doc = room.doc;
      const previousItem = readAgendaRecords(doc).find((r) => r.standing === 'previous_minutes');
      if (!previousItem || previousItem.approvesMeetingId) return;
      updateAgendaItem(doc, previousItem.id, {
        approvesMeetingId: previous.id,
        // The minutes read "Föregående minnesanteckningar 22 oktober 2026", as the reference documents do.
        title: `Föregående minnesanteckningar ${formatSwedishDate(previous.date)}`,
      });
    });
  }
  await carryOverItems(deps, meeting, body);
  await addFollowUpItem(deps, meeting);
}
