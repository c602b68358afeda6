import {
  addAgendaItem,
  readMinutes,
  type AgendaItem,
  type DecisionClause,
} from '@anteckna/doc-schema';
import type { AppDeps } from '../appDeps.ts';
import { carriedItems } from '../db/schema.ts';
import { decidedMeetings } from './previousMeeting.ts';

interface TargetMeeting {
  id: string;
  bodyId: string;
  date: string;
}

interface TargetBody {
  id: string;
  name: string;
  shortName: string;
}

/**
 * Puts on a new meeting's agenda every item an earlier meeting tabled ("bordlägga till nästa
 * möte", same body) or forwarded to this body ("skickas vidare till Välfärdsrådet"), each once,
 * with a back-reference. Reads the earlier documents through their read model.
 */
export async function carryOverItems(
  deps: AppDeps,
  meeting: TargetMeeting,
  body: TargetBody,
): Promise<number> {
  let carried = 0;
  for (const source of await decidedMeetings(deps.db)) {
    if (source.id === meeting.id || source.date >= meeting.date) continue;
    const model = await deps.collab.readDoc(source.id, (room) => readMinutes(room.doc));
    for (const item of model.items) {
      const sameBody = source.bodyId === body.id;
      if (sameBody ? !isTabled(item) : !isForwardedTo(item.decision, body)) continue;
      const claimed = await deps.db
        .insert(carriedItems)
        .values({
          fromMeetingId: source.id,
          fromItemId: item.id,
          toBodyId: body.id,
          toMeetingId: meeting.id,
        })
        .onConflictDoNothing()
        .returning({ toMeetingId: carriedItems.toMeetingId });
      if (claimed.length === 0) continue;
      await deps.collab.writeDoc(meeting.id, (room) => {
        addAgendaItem(room.doc, {
          kind: item.kind,
          title: item.title,
          presenters: item.presenters,
          body: item.body,
          proposal: item.proposal,
          carriedFrom: {
            meetingId: source.id,
            itemId: item.id,
            bodyName: model.meeting.bodyShortName || model.meeting.bodyName,
            date: model.meeting.date,
          },
        });
      });
      carried++;
    }
  }
  return carried;
}

function isTabled(item: AgendaItem): boolean {
  return item.status === 'tabled' || item.decision.some((clause) => clause.type === 'table');
}

/** "Välfärdsrådets ställningstagande" names Välfärdsrådet: compare without the genitive s. */
export function isForwardedTo(clauses: readonly DecisionClause[], body: TargetBody): boolean {
  const names = [body.name, body.shortName].filter((n) => n.length >= 3).map(stem);
  return clauses.some((clause) => {
    if (clause.type !== 'forward') return false;
    const words = stem(`${clause.target ?? ''} ${clause.text}`);
    return names.some((name) => words.includes(name));
  });
}

function stem(text: string): string {
  return text.toLocaleLowerCase('sv').replace(/s\b/g, '');
}
