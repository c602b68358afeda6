import { describe, expect, it } from 'vitest';
import type { MeetingHeader } from '@anteckna/doc-schema';
import { ApiError } from '../../app/api.ts';
import { secondSessionErrorKey } from './secondSessionError.ts';
import { secondSessionLine } from './secondSessionText.ts';

const refusal = (id: string, details?: unknown) =>
  new ApiError(400, id, 'x', { error: { id, message: 'x', details } });

describe('secondSessionErrorKey', () => {
  it('names the field the server refused, and the reversed times', () => {
    expect(
      secondSessionErrorKey(refusal('second_session_reversed', { from: '10.00', to: '09.00' })),
    ).toBe('secondSession.reversed');
    expect(secondSessionErrorKey(refusal('invalid_second_session', { field: 'date' }))).toBe(
      'secondSession.invalid.date',
    );
    expect(secondSessionErrorKey(refusal('invalid_second_session', { field: 'endTime' }))).toBe(
      'secondSession.invalid.endTime',
    );
    expect(secondSessionErrorKey(refusal('invalid_second_session'))).toBe(
      'secondSession.invalid.session',
    );
  });

  it('leaves other errors to the shared mapping', () => {
    expect(secondSessionErrorKey(new ApiError(409, 'minutes_locked', 'x'))).toBe(
      'errors.minutes_locked',
    );
  });
});

describe('secondSessionLine', () => {
  const meeting = {
    date: '2027-02-11',
    startTime: '10.00',
    endTime: '15.00',
    secondSession: {
      label: 'Förmöte',
      date: '2027-02-11',
      startTime: '09.00',
      endTime: '10.00',
      place: 'Lilla salen',
    },
  } as MeetingHeader;
  // The catalogue's Swedish wording, as i18next fills it in.
  const kl = (key: string, values: Record<string, string>) =>
    key === 'minutes.timeValue' ? `Kl. ${values.time}` : `${values.date}, kl. ${values.time}`;

  it('[M7] a förmöte the same day: its time and place, before the meeting’s time', () => {
    expect(secondSessionLine(meeting, 'sv', kl)).toEqual({
      label: 'Förmöte',
      text: 'Kl. 09.00–10.00, Lilla salen',
      before: true,
    });
  });

  it('[M7] a second day: with its date, after the meeting', () => {
    const second = {
      ...meeting,
      secondSession: { ...meeting.secondSession!, label: 'Dag 2', date: '2027-02-12', place: '' },
    };
    expect(secondSessionLine(second, 'sv', kl)).toEqual({
      label: 'Dag 2',
      text: '12 februari 2027, kl. 09.00–10.00',
      before: false,
    });
  });

  it('is nothing without a second session', () => {
    expect(secondSessionLine({ ...meeting, secondSession: undefined }, 'sv', kl)).toBeNull();
  });
});
