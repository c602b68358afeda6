import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { initMeetingDoc } from './initMeetingDoc.ts';
import {
  setMeetingPhase,
  setOrganisations,
  updateMeetingHeader,
  writeApproval,
} from './updateMeetingHeader.ts';
import { readMinutes } from '../readMinutes.ts';
import { meetingMap } from '../layout/docLayout.ts';
import { thrownId } from '../testSupport/thrownId.ts';
import { countUpdates, stateOf } from '../testSupport/updateCounter.ts';

const header = {
  bodyName: 'Länsnätverket för förvaltningschefer',
  bodyShortName: 'Länschefsnätverket',
  title: 'Minnesanteckningar',
  date: '2025-02-13',
};

describe('the meeting header', () => {
  test('[M1][D3] a new meeting has every header field, defaults filled in, and the schema version', () => {
    const doc = new Y.Doc();
    initMeetingDoc(doc, header, ['Avesta', 'Borlänge']);
    expect(meetingMap(doc).get('schemaVersion')).toBe(2);
    const model = readMinutes(doc);
    expect(model.schemaVersion).toBe(2);
    expect(model.meeting).toEqual({
      ...header,
      organisationLines: [],
      documentDate: '2025-02-13',
      startTime: '',
      endTime: '',
      place: '',
      mode: 'room',
      registryNumber: '',
      phase: 'preparation',
      attendanceStyle: 'table',
      notes: '',
      firstAttachmentNumber: 1,
    });
    expect(model.organisations).toEqual(['Avesta', 'Borlänge']);
    expect(model.items).toEqual([]);
  });

  test('[M1][A6][W3] with standing items, in one update', () => {
    const doc = new Y.Doc();
    const counter = countUpdates(doc);
    initMeetingDoc(doc, header, [], { withStandingItems: true });
    expect(counter.count).toBe(1);
    expect(readMinutes(doc).items.map((item) => item.standing)).toEqual([
      'opening',
      'agenda_approval',
      'previous_minutes',
      'any_other_business',
      'closing',
    ]);
  });

  test('[M1][W5] a document that holds a meeting is not laid out again', () => {
    const doc = new Y.Doc();
    initMeetingDoc(doc, header, []);
    const before = stateOf(doc);
    expect(thrownId(() => initMeetingDoc(doc, header, []))).toBe('already_initialised');
    expect(stateOf(doc)).toBe(before);
  });

  test('[M2][W5] header values are validated before anything is written', () => {
    const doc = new Y.Doc();
    expect(thrownId(() => initMeetingDoc(doc, { ...header, date: '2025-02-30' }, []))).toBe(
      'invalid_header',
    );
    expect(thrownId(() => initMeetingDoc(doc, { ...header, mode: 'zoom' as 'room' }, []))).toBe(
      'invalid_header',
    );
    expect(thrownId(() => initMeetingDoc(doc, header, ['Avesta', 'Avesta']))).toBe(
      'invalid_header',
    );
    expect(stateOf(doc)).toBe(stateOf(new Y.Doc()));
    initMeetingDoc(doc, header, []);
    expect(thrownId(() => updateMeetingHeader(doc, { documentDate: '13/2 2025' }))).toBe(
      'invalid_header',
    );
    expect(thrownId(() => updateMeetingHeader(doc, { firstAttachmentNumber: 0 }))).toBe(
      'invalid_header',
    );
    expect(thrownId(() => updateMeetingHeader(doc, { colour: 'blå' } as never))).toBe(
      'invalid_header',
    );
  });

  test('[M3][W2] the phase is the server’s: the header writer refuses it, setMeetingPhase writes it', () => {
    const doc = new Y.Doc();
    initMeetingDoc(doc, header, []);
    expect(thrownId(() => updateMeetingHeader(doc, { phase: 'live' } as never))).toBe(
      'invalid_header',
    );
    setMeetingPhase(doc, 'live');
    expect(readMinutes(doc).meeting.phase).toBe('live');
    expect(thrownId(() => setMeetingPhase(doc, 'done' as 'live'))).toBe('invalid_header');
  });

  test('[M3][R2] a missing or unknown phase reads as preparation', () => {
    const doc = new Y.Doc();
    meetingMap(doc).set('phase', 'archived');
    expect(readMinutes(doc).meeting.phase).toBe('preparation');
  });

  test('[W4] an unchanged header save sends nothing', () => {
    const doc = new Y.Doc();
    initMeetingDoc(doc, header, ['Avesta']);
    const counter = countUpdates(doc);
    updateMeetingHeader(doc, { place: '', title: header.title });
    expect(counter.count).toBe(0);
    updateMeetingHeader(doc, { place: 'Myntgatan 2, Falun', mode: 'both' });
    setOrganisations(doc, ['Avesta', 'Mora']);
    expect(counter.count).toBe(2);
    expect(readMinutes(doc)).toMatchObject({
      meeting: { place: 'Myntgatan 2, Falun', mode: 'both' },
      organisations: ['Avesta', 'Mora'],
    });
  });

  test('[M4] the approval reads back once written, and is null before or when incomplete', () => {
    const doc = new Y.Doc();
    initMeetingDoc(doc, header, []);
    expect(readMinutes(doc).approval).toBeNull();
    meetingMap(doc).set('approval', { approvedAt: '2025-03-20T10:00:00.000Z' });
    expect(readMinutes(doc).approval).toBeNull();
    const approval = {
      approvedAt: '2025-03-20T10:00:00.000Z',
      approvedByMeetingId: 'm2',
      approvedByMeetingDate: '2025-03-20',
      addendum: 'med tillägget att punkt 4 rättas',
      sha256: null,
    };
    writeApproval(doc, approval);
    expect(readMinutes(doc).approval).toEqual(approval);
    expect(thrownId(() => writeApproval(doc, { ...approval, addendum: undefined } as never))).toBe(
      'invalid_approval',
    );
  });
});
