import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import type { UpcomingMeeting } from '../minutesModel.ts';
import { meetingMap } from '../layout/docLayout.ts';
import { readMinutes } from '../readMinutes.ts';
import { thrownId } from '../testSupport/thrownId.ts';
import { stateOf } from '../testSupport/updateCounter.ts';
import { addAgendaItem } from '../agenda/addAgendaItem.ts';
import { initMeetingDoc } from './initMeetingDoc.ts';
import { setUpcomingMeetings } from './upcomingMeetings.ts';

function meeting(): Y.Doc {
  const doc = new Y.Doc();
  initMeetingDoc(
    doc,
    { bodyName: 'Länschefsnätverket', bodyShortName: 'LCHNV', title: 'T', date: '2026-12-10' },
    [],
    { withStandingItems: true },
  );
  return doc;
}

const planned = (date: string, startTime = '09.30'): UpcomingMeeting => ({
  date,
  startTime,
  endTime: '12.00',
  place: 'Lokal Stängslet',
  mode: 'room',
});

describe('the calendar section: the body’s coming meetings', () => {
  test('[M8] the list is kept sorted by date and time, and the standing item is added before Övriga frågor', () => {
    const doc = meeting();
    setUpcomingMeetings(doc, [
      planned('2027-04-15'),
      planned('2027-02-11', '13.00'),
      planned('2027-02-11'),
    ]);
    const model = readMinutes(doc);
    expect(model.meeting.upcomingMeetings?.map((m) => `${m.date} ${m.startTime}`)).toEqual([
      '2027-02-11 09.30',
      '2027-02-11 13.00',
      '2027-04-15 09.30',
    ]);
    expect(model.items.map((item) => item.standing)).toEqual([
      'opening',
      'agenda_approval',
      'previous_minutes',
      'calendar',
      'any_other_business',
      'closing',
    ]);
    expect(model.items[3]).toMatchObject({ title: 'Kommande möten', kind: 'information' });
  });

  test('[M8][A5] a new item goes before "Kommande möten", as before "Övriga frågor"', () => {
    const doc = meeting();
    setUpcomingMeetings(doc, [planned('2027-02-11')]);
    addAgendaItem(doc, { kind: 'beslut', title: 'Handlingsplan' });
    expect(readMinutes(doc).items.map((item) => item.standing ?? item.title)).toEqual([
      'opening',
      'agenda_approval',
      'previous_minutes',
      'Handlingsplan',
      'calendar',
      'any_other_business',
      'closing',
    ]);
  });

  test('[M8] writing it again replaces the list and never adds a second item', () => {
    const doc = meeting();
    setUpcomingMeetings(doc, [planned('2027-02-11')]);
    setUpcomingMeetings(doc, [planned('2027-06-10')]);
    const model = readMinutes(doc);
    expect(model.meeting.upcomingMeetings?.map((m) => m.date)).toEqual(['2027-06-10']);
    expect(model.items.filter((item) => item.standing === 'calendar')).toHaveLength(1);
  });

  test('[M8][W4] an unchanged list sends nothing', () => {
    const doc = meeting();
    setUpcomingMeetings(doc, [planned('2027-02-11')]);
    let updates = 0;
    doc.on('update', () => updates++);
    setUpcomingMeetings(doc, [planned('2027-02-11')]);
    expect(updates).toBe(0);
  });

  test('[M8] an empty calendar adds no item; minutes that never had a list have no key', () => {
    const doc = meeting();
    expect('upcomingMeetings' in readMinutes(doc).meeting).toBe(false);
    setUpcomingMeetings(doc, []);
    const model = readMinutes(doc);
    expect('upcomingMeetings' in model.meeting).toBe(false);
    expect(model.items.some((item) => item.standing === 'calendar')).toBe(false);
    // Once it has a list, the calendar running out leaves it empty, the item in place.
    setUpcomingMeetings(doc, [planned('2027-02-11')]);
    setUpcomingMeetings(doc, []);
    expect(readMinutes(doc).meeting.upcomingMeetings).toEqual([]);
    expect(readMinutes(doc).items.some((item) => item.standing === 'calendar')).toBe(true);
  });

  test('[M8][W5] a meeting that is no real date is refused, nothing changed', () => {
    const doc = meeting();
    const before = stateOf(doc);
    expect(thrownId(() => setUpcomingMeetings(doc, [planned('2027-02-30')]))).toBe(
      'invalid_header',
    );
    expect(stateOf(doc)).toEqual(before);
  });

  test('[M8][R2] stored entries of another shape are left out', () => {
    const doc = meeting();
    meetingMap(doc).set('upcomingMeetings', [planned('2027-02-11'), { date: 'snart' }, 7]);
    expect(readMinutes(doc).meeting.upcomingMeetings).toEqual([planned('2027-02-11')]);
  });
});
