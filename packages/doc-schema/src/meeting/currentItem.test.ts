import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { addAgendaItem } from '../agenda/addAgendaItem.ts';
import { removeAgendaItem } from '../agenda/removeAgendaItem.ts';
import { meetingMap } from '../layout/docLayout.ts';
import { readMinutes } from '../readMinutes.ts';
import { thrownId } from '../testSupport/thrownId.ts';
import { countUpdates, stateOf } from '../testSupport/updateCounter.ts';
import { readCurrentItemId, setCurrentItem } from './currentItem.ts';
import { initMeetingDoc } from './initMeetingDoc.ts';

function meeting(): Y.Doc {
  const doc = new Y.Doc();
  initMeetingDoc(
    doc,
    { bodyName: 'Nätverket', bodyShortName: 'N', title: 'M', date: '2026-12-10' },
    [],
  );
  addAgendaItem(doc, { id: 'first', kind: 'information', title: 'Första' });
  addAgendaItem(doc, { id: 'second', kind: 'beslut', title: 'Andra' });
  return doc;
}

describe('the current item', () => {
  test('[M5] reads back what the secretary set, and null once cleared', () => {
    const doc = meeting();
    expect(readCurrentItemId(doc)).toBeNull();
    setCurrentItem(doc, 'second');
    expect(meetingMap(doc).get('currentItemId')).toBe('second');
    expect(readCurrentItemId(doc)).toBe('second');
    setCurrentItem(doc, null);
    expect(readCurrentItemId(doc)).toBeNull();
  });

  test('[M5][W5] refuses an item not on the agenda and changes nothing', () => {
    const doc = meeting();
    const before = stateOf(doc);
    expect(thrownId(() => setCurrentItem(doc, 'missing'))).toBe('unknown_item');
    expect(stateOf(doc)).toBe(before);
  });

  test('[M5][R2] an item removed since, or a value of the wrong shape, reads as none', () => {
    const doc = meeting();
    setCurrentItem(doc, 'first');
    removeAgendaItem(doc, 'first');
    expect(readCurrentItemId(doc)).toBeNull();
    meetingMap(doc).set('currentItemId', 42);
    expect(readCurrentItemId(doc)).toBeNull();
  });

  test('[M5][W3][W4] one update per move, none when unchanged, and the minutes read the same', () => {
    const doc = meeting();
    const model = readMinutes(doc);
    const counter = countUpdates(doc);
    setCurrentItem(doc, 'first');
    setCurrentItem(doc, 'first');
    expect(counter.count).toBe(1);
    expect(readMinutes(doc)).toEqual(model);
  });
});
