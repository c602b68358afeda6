import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { meetingMap } from '../layout/docLayout.ts';
import { readMinutes } from '../readMinutes.ts';
import type { DocSchemaError } from '../layout/docSchemaError.ts';
import { thrownId } from '../testSupport/thrownId.ts';
import { stateOf } from '../testSupport/updateCounter.ts';
import { initMeetingDoc } from './initMeetingDoc.ts';
import { setSecondSession } from './secondSession.ts';

function meeting(): Y.Doc {
  const doc = new Y.Doc();
  initMeetingDoc(
    doc,
    {
      bodyName: 'Länsnätverket för förvaltningschefer',
      bodyShortName: 'LCHNV',
      title: 'Länschefsnätverket',
      date: '2027-02-11',
      startTime: '10.00',
      endTime: '15.00',
      place: 'Landstingshuset',
    },
    [],
  );
  return doc;
}

describe("a meeting's second time and place", () => {
  test('[M7] a förmöte is written whole and read with the meeting’s date when none is given', () => {
    const doc = meeting();
    setSecondSession(doc, {
      label: ' Förmöte ',
      startTime: '09.00',
      endTime: '10.00',
      place: 'Lilla salen',
    });
    expect(readMinutes(doc).meeting.secondSession).toEqual({
      label: 'Förmöte',
      date: '2027-02-11',
      startTime: '09.00',
      endTime: '10.00',
      place: 'Lilla salen',
    });
  });

  test('[M7] a second day in the secretary’s own words, at the meeting’s own place', () => {
    const doc = meeting();
    setSecondSession(doc, {
      label: 'Fortsättning dag 2',
      date: '2027-02-12',
      startTime: '09.00',
      endTime: '12.00',
    });
    expect(readMinutes(doc).meeting.secondSession).toMatchObject({
      label: 'Fortsättning dag 2',
      date: '2027-02-12',
      place: '',
    });
  });

  test('[M7] null removes it; without one the model has no key at all', () => {
    const doc = meeting();
    expect('secondSession' in readMinutes(doc).meeting).toBe(false);
    setSecondSession(doc, { label: 'Förmöte', startTime: '09.00', endTime: '10.00' });
    setSecondSession(doc, null);
    expect('secondSession' in readMinutes(doc).meeting).toBe(false);
  });

  test('[M7][W5] an end before the start is refused with second_session_reversed, nothing changed', () => {
    const doc = meeting();
    setSecondSession(doc, { label: 'Förmöte', startTime: '09.00', endTime: '10.00' });
    const before = stateOf(doc);
    expect(
      thrownId(() =>
        setSecondSession(doc, { label: 'Förmöte', startTime: '10.00', endTime: '09.00' }),
      ),
    ).toBe('second_session_reversed');
    expect(
      thrownId(() =>
        setSecondSession(doc, { label: 'Förmöte', startTime: '10.00', endTime: '10.00' }),
      ),
    ).toBe('second_session_reversed');
    expect(stateOf(doc)).toEqual(before);
  });

  test('[M7][W5] a bad date, time or label is refused with invalid_second_session naming the field', () => {
    const doc = meeting();
    const before = stateOf(doc);
    const base = { label: 'Förmöte', startTime: '09.00', endTime: '10.00' };
    const refused = (input: Parameters<typeof setSecondSession>[1]) => {
      try {
        setSecondSession(doc, input);
        return null;
      } catch (error) {
        const { id, params } = error as DocSchemaError;
        return [id, params.field];
      }
    };
    expect(refused({ ...base, date: '2027-02-30' })).toEqual(['invalid_second_session', 'date']);
    expect(refused({ ...base, startTime: '9' })).toEqual(['invalid_second_session', 'startTime']);
    expect(refused({ ...base, endTime: '24.00' })).toEqual(['invalid_second_session', 'endTime']);
    expect(refused({ ...base, label: '  ' })).toEqual(['invalid_second_session', 'label']);
    expect(refused({ ...base, label: 'x'.repeat(81) })).toEqual([
      'invalid_second_session',
      'label',
    ]);
    expect(stateOf(doc)).toEqual(before);
  });

  test('[M7][W4] writing the same session again sends nothing', () => {
    const doc = meeting();
    setSecondSession(doc, { label: 'Förmöte', startTime: '09.00', endTime: '10.00' });
    let updates = 0;
    doc.on('update', () => updates++);
    setSecondSession(doc, { label: 'Förmöte', startTime: '09.00', endTime: '10.00' });
    expect(updates).toBe(0);
  });

  test('[M7][R2] a stored value of another shape reads as no second session', () => {
    const doc = meeting();
    meetingMap(doc).set('secondSession', { label: 'Förmöte', startTime: 'nio', endTime: '10.00' });
    expect(readMinutes(doc).meeting.secondSession).toBeUndefined();
    meetingMap(doc).set('secondSession', {
      label: 'Förmöte',
      date: 'i morgon',
      startTime: '08.00',
      endTime: '09.00',
    });
    expect(readMinutes(doc).meeting.secondSession?.date).toBe('2027-02-11');
  });

  test('[M7] initMeetingDoc takes a second session with the rest of the header', () => {
    const doc = new Y.Doc();
    initMeetingDoc(
      doc,
      {
        bodyName: 'B',
        bodyShortName: 'B',
        title: 'T',
        date: '2020-03-06',
        secondSession: { label: 'Kommuner och region möte', startTime: '08.30', endTime: '09.30' },
      },
      [],
    );
    expect(readMinutes(doc).meeting.secondSession?.label).toBe('Kommuner och region möte');
  });
});
