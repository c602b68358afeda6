import { describe, expect, it } from 'vitest';
import { seed001Minutes } from '../fixtures/seed001Minutes.ts';
import { stockholmInstant } from '@anteckna/domain';
import { renderCalendarIcs, renderMeetingIcs } from './renderMeetingIcs.ts';

const meeting = {
  ...seed001Minutes.meeting,
  id: 'lchnv-2024-12-19',
  url: 'https://anteckna.exempel.se/m/1',
};
const stamp = new Date('2024-12-01T08:00:00.000Z');

/** Unfolds RFC 5545 continuation lines so properties can be read whole. */
function unfold(ics: string): string {
  return ics.replace(/\r\n[ \t]/g, '');
}

describe('Stockholm wall-clock time', () => {
  it('is UTC+1 in winter and UTC+2 in summer', () => {
    expect(new Date(stockholmInstant('2024-12-19', '09:30') ?? 0).toISOString()).toBe(
      '2024-12-19T08:30:00.000Z',
    );
    expect(new Date(stockholmInstant('2025-06-12', '09:30') ?? 0).toISOString()).toBe(
      '2025-06-12T07:30:00.000Z',
    );
  });

  it('is right on the days the clocks change', () => {
    expect(new Date(stockholmInstant('2025-03-30', '09:00') ?? 0).toISOString()).toBe(
      '2025-03-30T07:00:00.000Z',
    );
    expect(new Date(stockholmInstant('2025-10-26', '09:00') ?? 0).toISOString()).toBe(
      '2025-10-26T08:00:00.000Z',
    );
  });

  it('gives null for a missing or malformed time', () => {
    expect(stockholmInstant('2024-12-19', '')).toBeNull();
    expect(stockholmInstant('19 december', '09:30')).toBeNull();
  });
});

describe('renderMeetingIcs', () => {
  it('writes one event with the meeting instants, place and a stable uid', () => {
    const { text, warnings } = renderMeetingIcs(meeting, { stamp });
    const ics = unfold(text);
    expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
    expect(ics).toContain('BEGIN:VEVENT');
    expect(ics).toContain('UID:lchnv-2024-12-19@anteckna');
    expect(ics).toContain('DTSTART:20241219T083000Z');
    expect(ics).toContain('DTEND:20241219T110000Z');
    expect(ics).toContain('DTSTAMP:20241201T080000Z');
    expect(ics).toContain('LOCATION:Lokal Stängslet\\, Myntgatan 2 Falun samt digitalt via Teams');
    expect(ics).toContain('URL:https://anteckna.exempel.se/m/1');
    expect(ics).toContain('Dnr: HSN 2024/1905');
    expect(warnings).toEqual([]);
  });

  it('[M7] names the förmöte in the event, in the words of the minutes', () => {
    const withForMote = {
      ...meeting,
      secondSession: {
        label: 'Förmöte',
        date: '2024-12-19',
        startTime: '08.30',
        endTime: '09.30',
        place: 'Lilla salen',
      },
    };
    const ics = unfold(renderMeetingIcs(withForMote, { stamp }).text);
    expect(ics).toContain('Förmöte: Kl. 08.30–09.30\\, Lilla salen');
  });

  it('gives the same file twice for the same stamp', () => {
    expect(renderMeetingIcs(meeting, { stamp }).text).toBe(
      renderMeetingIcs(meeting, { stamp }).text,
    );
  });

  it('makes an all-day event, and says so, when the meeting has no time yet', () => {
    const { text, warnings } = renderMeetingIcs(
      { ...meeting, startTime: '', endTime: '' },
      { stamp },
    );
    expect(unfold(text)).toContain('DTSTART;VALUE=DATE:20241219');
    expect(warnings.map((warning) => warning.code)).toEqual(['missing_time']);
  });
});

describe('the body’s calendar', () => {
  it('holds one event per meeting, each with the uid of its own invitation, in one VCALENDAR', () => {
    const year = ['2027-02-11', '2027-04-15', '2027-06-10'].map((date) => ({
      ...meeting,
      id: `lchnv-${date}`,
      date,
      url: undefined,
    }));
    const { text } = renderCalendarIcs(year, { stamp });
    const ics = unfold(text);
    expect(ics.match(/BEGIN:VCALENDAR/g)).toHaveLength(1);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(3);
    for (const date of ['2027-02-11', '2027-04-15', '2027-06-10'])
      expect(ics).toContain(`UID:lchnv-${date}@anteckna`);
    expect(ics).toContain('X-WR-CALNAME:Länschefsnätverket');
    // The same meeting's invitation has the same uid: a calendar with both shows one event.
    expect(unfold(renderMeetingIcs(year[0]!, { stamp }).text)).toContain(
      'UID:lchnv-2027-02-11@anteckna',
    );
    expect(renderCalendarIcs([], { stamp }).text).toContain('BEGIN:VCALENDAR');
  });
});
