import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { addAgendaItem } from '../agenda/addAgendaItem.ts';
import { itemFragment, meetingMap } from '../layout/docLayout.ts';
import { initMeetingDoc } from '../meeting/initMeetingDoc.ts';
import { readMinutes } from '../readMinutes.ts';
import { countUpdates } from '../testSupport/updateCounter.ts';
import { migrateMeetingDoc } from './migrateMeetingDoc.ts';
import { readMinutesAsWritten } from './readMinutesAsWritten.ts';

/** A document as version 1 wrote it: the import's forward date in `date`, a task's in `due`. */
function version1Doc(): Y.Doc {
  const doc = new Y.Doc();
  initMeetingDoc(
    doc,
    { bodyName: 'LCHNV', bodyShortName: 'LCHNV', title: 'T', date: '2021-02-19' },
    [],
  );
  addAgendaItem(doc, { id: 'i1', kind: 'beslut', title: 'Tillnyktringsplatserna' });
  const clause = (type: string, text: string, attributes: Record<string, string>) => {
    const element = new Y.XmlElement('decisionClause');
    element.setAttribute('clauseType', type);
    for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, value);
    element.insert(0, [new Y.XmlText(text)]);
    return element;
  };
  doc.transact(() => {
    meetingMap(doc).set('schemaVersion', 1);
    itemFragment(doc, 'i1', 'decision').insert(0, [
      clause('forward', 'beslutet skickas vidare för Välfärdsrådets ställningstagande', {
        target: 'Välfärdsrådet',
        date: '2021-03-25',
      }),
      clause('task', 'uppdra åt RSS att följa upp', { due: '2021-06-30', date: '2021-05-01' }),
      clause('note', 'lägga informationen till handlingarna', { date: '2021-04-01' }),
      clause('forward', 'skickas vidare till Välfärdsrådet', { date: '2021-02-30' }),
    ]);
  });
  return doc;
}

const attributesOf = (doc: Y.Doc) =>
  itemFragment(doc, 'i1', 'decision')
    .toArray()
    .map((element) => (element as Y.XmlElement).getAttributes());

describe('migration of stored documents, version 1 → 2', () => {
  test('[D6][U2] a forward’s date moves into due; a due already there stays; date is gone everywhere', () => {
    const doc = version1Doc();
    expect(migrateMeetingDoc(doc)).toBe(1);
    expect(meetingMap(doc).get('schemaVersion')).toBe(2);
    const attributes = attributesOf(doc);
    expect(attributes[0]).toEqual({
      clauseType: 'forward',
      target: 'Välfärdsrådet',
      due: '2021-03-25',
    });
    expect(attributes[1]).toEqual({ clauseType: 'task', due: '2021-06-30' });
    expect(attributes[2]).toEqual({ clauseType: 'note' });
    expect(attributes[3]).toEqual({ clauseType: 'forward' });
    expect(readMinutes(doc).items[0]!.decision.map((clause) => clause.due)).toEqual([
      '2021-03-25',
      '2021-06-30',
      undefined,
      undefined,
    ]);
  });

  test('[D6][W3] the migration is one update, and a current document is left untouched', () => {
    const doc = version1Doc();
    const updates = countUpdates(doc);
    migrateMeetingDoc(doc);
    expect(updates.count).toBe(1);
    expect(migrateMeetingDoc(doc)).toBe(2);
    expect(updates.count).toBe(1);
  });

  test('[D6] the migration reaches other clients as an ordinary update', () => {
    const doc = version1Doc();
    const replica = new Y.Doc();
    Y.applyUpdate(replica, Y.encodeStateAsUpdate(doc));
    doc.on('update', (update: Uint8Array) => Y.applyUpdate(replica, update));
    migrateMeetingDoc(doc);
    expect(readMinutes(replica)).toEqual(readMinutes(doc));
    expect(attributesOf(replica)[0]).not.toHaveProperty('date');
  });

  test('[D6][U2] a version 1 document never migrated (locked) reads its forward date as due', () => {
    const doc = version1Doc();
    const model = readMinutes(doc);
    expect(model.schemaVersion).toBe(1);
    expect(model.items[0]!.decision[0]).toEqual({
      type: 'forward',
      text: 'beslutet skickas vidare för Välfärdsrådets ställningstagande',
      target: 'Välfärdsrådet',
      due: '2021-03-25',
    });
    expect(model.items[0]!.decision.map((clause) => clause.due)).toEqual([
      '2021-03-25',
      '2021-06-30',
      undefined,
      undefined,
    ]);
  });

  test('[D6] readMinutesAsWritten gives a version 1 document as version 1 read it, for its seal', () => {
    const doc = version1Doc();
    const decision = readMinutesAsWritten(doc).items[0]!.decision as unknown[];
    expect(decision[0]).toMatchObject({ date: '2021-03-25' });
    expect(decision[0]).not.toHaveProperty('due');
    expect(decision[1]).toMatchObject({ due: '2021-06-30', date: '2021-05-01' });
    expect(decision[2]).toMatchObject({ date: '2021-04-01' });
    // A current document reads the same either way.
    migrateMeetingDoc(doc);
    expect(readMinutesAsWritten(doc)).toEqual(readMinutes(doc));
  });
});
