import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import {
  removeAttendance,
  setAttendance,
  updateAttendance,
  type AttendanceInput,
} from './setAttendance.ts';
import { initMeetingDoc } from '../meeting/initMeetingDoc.ts';
import { addAgendaItem } from '../agenda/addAgendaItem.ts';
import { removeAgendaItem } from '../agenda/removeAgendaItem.ts';
import { isUnmarked } from './readAttendance.ts';
import { readMinutes } from '../readMinutes.ts';
import { attendanceMap } from '../layout/docLayout.ts';
import { changeElsewhere } from '../testSupport/changeElsewhere.ts';
import { thrownId } from '../testSupport/thrownId.ts';
import { countUpdates, stateOf } from '../testSupport/updateCounter.ts';

function meeting(): Y.Doc {
  const doc = new Y.Doc();
  initMeetingDoc(
    doc,
    { bodyName: 'Nätverket', bodyShortName: 'Nätverket', title: 'Möte', date: '2025-02-13' },
    ['Avesta', 'Borlänge', 'Orsa'],
  );
  return doc;
}

describe('attendance', () => {
  test('[P1][D5] an entry is a plain object keyed by person id, without the id', () => {
    const doc = meeting();
    setAttendance(doc, 'u1', {
      name: 'Karin Åberg',
      organisation: 'Avesta',
      status: 'present',
      where: 'room',
    });
    expect(attendanceMap(doc).get('u1')).toEqual({
      name: 'Karin Åberg',
      organisation: 'Avesta',
      status: 'present',
      where: 'room',
      order: 1,
    });
  });

  test('[P3] people are grouped in the meeting’s organisation order and listed by order', () => {
    const doc = meeting();
    setAttendance(doc, 'u2', {
      name: 'Öbergs ersättare',
      organisation: 'Borlänge',
      status: 'present',
    });
    setAttendance(doc, 'u1', { name: 'Anna Ek', organisation: 'Borlänge', status: 'absent' });
    setAttendance(doc, 'u3', { name: 'Karin Åberg', organisation: 'Avesta', status: 'present' });
    setAttendance(doc, 'u2', { name: 'Per Öberg', organisation: 'Borlänge', status: 'present' });
    const groups = readMinutes(doc).attendance.map((group) => [
      group.organisation,
      group.people.map((entry) => entry.name),
    ]);
    expect(groups).toEqual([
      ['Avesta', ['Karin Åberg']],
      ['Borlänge', ['Per Öberg', 'Anna Ek']],
      ['Orsa', []],
    ]);
  });

  test('[P4] organisations with no one present or acting are not represented; a vacant seat does not count', () => {
    const doc = meeting();
    setAttendance(doc, 'u1', { name: 'Karin Åberg', organisation: 'Avesta', status: 'absent' });
    setAttendance(doc, 'u2', {
      name: 'Per Öberg',
      organisation: 'Borlänge',
      status: 'acting',
      actingFor: 'Anna Ek',
    });
    setAttendance(doc, 'v1', {
      name: 'Vakant',
      organisation: 'Orsa',
      status: 'absent',
      vacant: true,
    });
    expect(readMinutes(doc).notRepresented).toEqual(['Avesta', 'Orsa']);
    setAttendance(doc, 'u1', { name: 'Karin Åberg', organisation: 'Avesta', status: 'present' });
    expect(readMinutes(doc).notRepresented).toEqual(['Orsa']);
  });

  test('[P2][W5] entries are validated and a refused one changes nothing', () => {
    const doc = meeting();
    const before = stateOf(doc);
    expect(
      thrownId(() =>
        setAttendance(doc, 'u1', { name: 'X Y', organisation: 'Stockholm', status: 'present' }),
      ),
    ).toBe('unknown_organisation');
    expect(
      thrownId(() =>
        setAttendance(doc, 'u1', { name: ' ', organisation: 'Avesta', status: 'present' }),
      ),
    ).toBe('invalid_attendance');
    expect(
      thrownId(() =>
        setAttendance(doc, 'u1', {
          name: 'X Y',
          organisation: 'Avesta',
          status: 'present',
          actingFor: 'Z',
        }),
      ),
    ).toBe('invalid_attendance');
    expect(
      thrownId(() =>
        setAttendance(doc, 'u1', {
          name: 'X Y',
          organisation: 'Avesta',
          status: 'here' as 'present',
        }),
      ),
    ).toBe('invalid_attendance');
    expect(
      thrownId(() =>
        setAttendance(doc, 'v', {
          name: 'Vakant',
          organisation: 'Avesta',
          status: 'present',
          vacant: true,
        }),
      ),
    ).toBe('invalid_attendance');
    expect(thrownId(() => removeAttendance(doc, 'nobody'))).toBe('invalid_attendance');
    expect(stateOf(doc)).toBe(before);
  });

  test('[W3][W4] one update per change, none for an unchanged entry; removal deletes the entry', () => {
    const doc = meeting();
    const counter = countUpdates(doc);
    setAttendance(doc, 'u1', { name: 'Karin Åberg', organisation: 'Avesta', status: 'present' });
    setAttendance(doc, 'u1', { name: 'Karin Åberg', organisation: 'Avesta', status: 'present' });
    expect(counter.count).toBe(1);
    removeAttendance(doc, 'u1');
    expect(counter.count).toBe(2);
    expect(readMinutes(doc).attendance.flatMap((group) => group.people)).toEqual([]);
  });

  test('[P5][R2] a person on the list is called until marked; a missing or unknown status reads as called', () => {
    const doc = meeting();
    setAttendance(doc, 'u1', { name: 'Karin Åberg', organisation: 'Avesta', status: 'called' });
    attendanceMap(doc).set('u2', { name: 'Per Öberg', organisation: 'Borlänge' });
    const people = readMinutes(doc).attendance.flatMap((group) => group.people);
    expect(people.map((entry) => entry.status)).toEqual(['called', 'called']);
    expect(people.filter(isUnmarked).map((entry) => entry.name)).toEqual([
      'Karin Åberg',
      'Per Öberg',
    ]);
  });

  test('[P5][P4] before marking nobody is unrepresented; after, an organisation whose people are still called is not listed', () => {
    const doc = meeting();
    setAttendance(doc, 'u1', { name: 'Karin Åberg', organisation: 'Avesta', status: 'called' });
    setAttendance(doc, 'u2', { name: 'Per Öberg', organisation: 'Borlänge', status: 'called' });
    expect(readMinutes(doc).notRepresented).toEqual([]);
    setAttendance(doc, 'u2', { name: 'Per Öberg', organisation: 'Borlänge', status: 'absent' });
    expect(readMinutes(doc).notRepresented).toEqual(['Borlänge', 'Orsa']);
    setAttendance(doc, 'u1', { name: 'Karin Åberg', organisation: 'Avesta', status: 'absent' });
    expect(readMinutes(doc).notRepresented).toEqual(['Avesta', 'Borlänge', 'Orsa']);
  });

  test('[P6] part of the meeting: fromItem and untilItem name agenda items, forwards only', () => {
    const doc = meeting();
    const first = addAgendaItem(doc, { title: 'Ett', kind: 'information' });
    const second = addAgendaItem(doc, { title: 'Två', kind: 'information' });
    const karin = (patch: Partial<AttendanceInput>) => () =>
      setAttendance(doc, 'u1', {
        name: 'Karin Åberg',
        organisation: 'Avesta',
        status: 'present',
        ...patch,
      });
    karin({ fromItem: first, untilItem: second })();
    expect(readMinutes(doc).attendance[0]!.people[0]).toMatchObject({
      fromItem: first,
      untilItem: second,
    });
    // One item only: from and until the same item.
    setAttendance(doc, 'u2', {
      name: 'Per Öberg',
      organisation: 'Borlänge',
      status: 'present',
      fromItem: second,
      untilItem: second,
    });
    const before = stateOf(doc);
    expect(thrownId(karin({ fromItem: second, untilItem: first }))).toBe(
      'attendance_items_reversed',
    );
    expect(thrownId(karin({ untilItem: 'nope' }))).toBe('unknown_item');
    expect(thrownId(karin({ status: 'absent', fromItem: first }))).toBe('invalid_attendance');
    expect(stateOf(doc)).toBe(before);
    // An item removed later is no longer a bound: the entry reads as from its other bound.
    removeAgendaItem(doc, first);
    expect(readMinutes(doc).attendance[0]!.people[0]).toEqual({
      personId: 'u1',
      name: 'Karin Åberg',
      organisation: 'Avesta',
      status: 'present',
      order: 1,
      untilItem: second,
    });
  });

  test('[P7] a status is changed on the entry as the document holds it: a choice made since the render is kept', () => {
    const secretary = meeting();
    const item = addAgendaItem(secretary, { title: 'Ett', kind: 'information' });
    setAttendance(secretary, 'u1', {
      name: 'Karin Åberg',
      title: 'Rektor',
      organisation: 'Avesta',
      status: 'acting',
      actingFor: 'Per Öberg',
    });
    // What the secretary's form rendered, before the other person's choice arrived.
    const rendered = readMinutes(secretary).attendance[0]!.people[0]!;
    changeElsewhere(secretary, (other) =>
      updateAttendance(other, 'u1', { where: 'remote', fromItem: item, role: 'ordförande' }),
    );
    updateAttendance(secretary, 'u1', { status: 'present' });
    const { actingFor: _gone, ...kept } = rendered;
    expect(readMinutes(secretary).attendance[0]!.people[0]).toEqual({
      ...kept,
      status: 'present',
      where: 'remote',
      role: 'ordförande',
      fromItem: item,
    });
  });

  test('[P7][P6] a key given as undefined is cleared; a bound on a removed item or a status that does not attend drops the part', () => {
    const doc = meeting();
    const item = addAgendaItem(doc, { title: 'Ett', kind: 'information' });
    setAttendance(doc, 'u1', { name: 'Karin Åberg', organisation: 'Avesta', status: 'present' });
    updateAttendance(doc, 'u1', { where: 'room', untilItem: item });
    updateAttendance(doc, 'u1', { where: undefined });
    expect(attendanceMap(doc).get('u1')).toEqual({
      name: 'Karin Åberg',
      organisation: 'Avesta',
      status: 'present',
      order: 1,
      untilItem: item,
    });
    // A bound whose item was removed since reads as absent (P6): it is dropped, not refused.
    const removed = addAgendaItem(doc, { title: 'Två', kind: 'information' });
    updateAttendance(doc, 'u1', { fromItem: removed, untilItem: undefined });
    removeAgendaItem(doc, removed);
    updateAttendance(doc, 'u1', { where: 'remote' });
    expect(attendanceMap(doc).get('u1')).toEqual({
      name: 'Karin Åberg',
      organisation: 'Avesta',
      status: 'present',
      order: 1,
      where: 'remote',
    });
    updateAttendance(doc, 'u1', { status: 'absent', untilItem: item });
    expect(attendanceMap(doc).get('u1')).toEqual({
      name: 'Karin Åberg',
      organisation: 'Avesta',
      status: 'absent',
      order: 1,
      where: 'remote',
    });
  });

  test('[P7][W4][W5] no entry to change is refused; an unchanged entry in another key order sends nothing', () => {
    const doc = meeting();
    const before = stateOf(doc);
    expect(thrownId(() => updateAttendance(doc, 'nobody', { status: 'present' }))).toBe(
      'invalid_attendance',
    );
    expect(stateOf(doc)).toBe(before);
    attendanceMap(doc).set('u1', {
      order: 3,
      status: 'present',
      organisation: 'Avesta',
      name: 'Karin Åberg',
    });
    const counter = countUpdates(doc);
    updateAttendance(doc, 'u1', { status: 'present' });
    expect(counter.count).toBe(0);
  });

  test('[R2] an entry of the wrong shape is skipped', () => {
    const doc = meeting();
    attendanceMap(doc).set('bad', 'närvarande');
    attendanceMap(doc).set('u1', {
      name: 'Karin Åberg',
      organisation: 'Avesta',
      status: 'sleeping',
    });
    expect(readMinutes(doc).attendance[0]!.people).toEqual([
      { personId: 'u1', name: 'Karin Åberg', organisation: 'Avesta', status: 'called' },
    ]);
  });
});
