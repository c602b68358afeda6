import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addAgendaItem,
  buildSeed001Doc,
  moveAgendaItem,
  readMinutes,
  removeAgendaItem,
  removeAttendance,
  setAttendance,
  setSecondSession,
  setUpcomingMeetings,
  updateAgendaItem,
  updateMeetingHeader,
} from '@anteckna/doc-schema';
import { compareMinutes } from './compareMinutes.ts';

/** Seed 001 before, and a copy edited by `edit` after: the two versions compared. */
function compareEdited(edit: (doc: Y.Doc) => void) {
  const before = buildSeed001Doc();
  const after = new Y.Doc();
  Y.applyUpdate(after, Y.encodeStateAsUpdate(before));
  edit(after);
  return compareMinutes(readMinutes(before), readMinutes(after));
}

describe('comparing two versions of the minutes', () => {
  it('finds nothing between a version and itself', () => {
    const same = compareEdited(() => {});
    expect(same.header).toEqual([]);
    expect(same.attendance).toEqual([]);
    expect(same.items.every((item) => item.status === 'unchanged')).toBe(true);
  });

  it('covers the attendance: marked otherwise, part of the meeting, added and removed people', () => {
    const { attendance } = compareEdited((doc) => {
      setAttendance(doc, 'p-aberg', {
        name: 'Karin Åberg',
        organisation: 'Avesta',
        status: 'absent',
        title: 'Socialchef',
        where: 'room',
      });
      setAttendance(doc, 'p-lindqvist', {
        name: 'Johan Lindqvist',
        organisation: 'Borlänge',
        status: 'present',
        title: 'Förvaltningschef',
        where: 'remote',
        untilItem: 's001-06',
      });
      removeAttendance(doc, 'p-hedlund');
      setAttendance(doc, 'p-ny', { name: 'Nina Ny', organisation: 'Falun', status: 'present' });
    });
    expect(attendance).toEqual([
      {
        personId: 'p-aberg',
        name: 'Karin Åberg',
        organisation: 'Avesta',
        change: 'changed',
        before: { status: 'present', where: 'room' },
        after: { status: 'absent', where: 'room' },
      },
      {
        personId: 'p-lindqvist',
        name: 'Johan Lindqvist',
        organisation: 'Borlänge',
        change: 'changed',
        before: { status: 'present', where: 'room' },
        after: { status: 'present', where: 'remote', untilItem: '6' },
      },
      {
        personId: 'p-ny',
        name: 'Nina Ny',
        organisation: 'Falun',
        change: 'added',
        before: null,
        after: { status: 'present' },
      },
      {
        personId: 'p-hedlund',
        name: 'Sara Hedlund',
        organisation: 'Borlänge',
        change: 'removed',
        before: { status: 'absent', where: 'room' },
        after: null,
      },
    ]);
  });

  it('covers the meeting header', () => {
    const { header } = compareEdited((doc) =>
      updateMeetingHeader(doc, { place: 'Sal Dalälven', startTime: '10.00' }),
    );
    expect(header.map((change) => change.field).sort()).toEqual(['place', 'startTime']);
    expect(header.find((change) => change.field === 'place')).toMatchObject({
      after: 'Sal Dalälven',
    });
  });

  it('[M7][M8] covers the second time and place and the calendar section', () => {
    const { header } = compareEdited((doc) => {
      setSecondSession(doc, { label: 'Förmöte', startTime: '08.30', endTime: '09.30' });
      setUpcomingMeetings(doc, [
        { date: '2025-02-13', startTime: '09.30', endTime: '12.00', place: '', mode: 'room' },
      ]);
    });
    expect(header).toEqual([
      { field: 'secondSession', before: '', after: 'Förmöte 2024-12-19 08.30–09.30' },
      { field: 'upcomingMeetings', before: '', after: '2025-02-13 09.30' },
    ]);
  });

  it('covers the agenda: added, removed, moved, renamed and presenters', () => {
    const { items } = compareEdited((doc) => {
      addAgendaItem(doc, { id: 'new-item', kind: 'information', title: 'Nytt ärende' }, 0);
      removeAgendaItem(doc, 's001-07');
      moveAgendaItem(doc, 's001-05', { parentId: null, index: 7 });
      updateAgendaItem(doc, 's001-06', {
        title: 'Ny rubrik',
        presenters: [{ name: 'Eva Föredragare', title: 'Utvecklingsledare' }],
      });
    });
    const byId = new Map(items.map((item) => [item.itemId, item]));
    expect(byId.get('new-item')).toMatchObject({ status: 'added', number: '1', movedFrom: null });
    expect(byId.get('s001-07')).toMatchObject({ status: 'removed' });
    expect(byId.get('s001-05')).toMatchObject({ status: 'changed', movedFrom: '5', fields: [] });
    const renamed = byId.get('s001-06')!;
    expect(renamed.movedFrom).toBeNull();
    expect(renamed.fields.map((field) => field.field)).toEqual(['title', 'presenters']);
    expect(renamed.fields[0]!.parts).toContainEqual({ kind: 'insert', text: 'Ny rubrik' });
    // Items whose number only shifted because one was added above have not moved.
    expect(byId.get('s001-01')).toMatchObject({ status: 'unchanged', movedFrom: null });
    expect(byId.get('s001-04c')).toMatchObject({ status: 'unchanged', movedFrom: null });
  });
});
