/** A meeting with one item to write decisions in, and an election as the tests write it. */
import * as Y from 'yjs';
import { addAgendaItem } from '../agenda/addAgendaItem.ts';
import { initMeetingDoc } from '../meeting/initMeetingDoc.ts';
import type { DecisionClause, ItemKind } from '../minutesModel.ts';

export function meetingOn(date: string, kind: ItemKind = 'beslut'): Y.Doc {
  const doc = new Y.Doc();
  initMeetingDoc(
    doc,
    {
      bodyName: 'Länschefsnätverket',
      bodyShortName: 'LCHNV',
      organisationLines: [],
      title: 'Länschefsnätverket',
      date,
      startTime: '09.30',
      endTime: '12.00',
      place: '',
    },
    [],
  );
  addAgendaItem(doc, { id: 'i1', kind, title: 'Handlingsplan' });
  return doc;
}

/** "att välja Anna Berg till ordförande för perioden 2027-01-01 – 2028-12-31" (rule V1). */
export const ELECTED_CHAIR: DecisionClause = {
  type: 'elect',
  text: 'välja Anna Berg till ordförande',
  target: 'Anna Berg',
  personId: 'u-anna',
  role: 'ordförande',
  termFrom: '2027-01-01',
  termTo: '2028-12-31',
};
