import { describe, expect, it } from 'vitest';
import { agendaItem } from '../fixtures/fixtureParts.ts';
import { seed001Minutes } from '../fixtures/seed001Minutes.ts';
import {
  attendeeText,
  bodyFullLine,
  bodySpokenName,
  clauseLine,
  clauseWithFollowUp,
  decisionLead,
  itemLabel,
  presenterText,
} from './minutesWording.ts';

const meeting = seed001Minutes.meeting;

describe('the wording of minutes', () => {
  it('names the body in full with its short name, and by its short name alone in decisions', () => {
    expect(bodyFullLine(meeting)).toBe(
      'Länsnätverket för förvaltningschefer (Länschefsnätverket, LCHNV)',
    );
    expect(bodySpokenName(meeting)).toBe('Länschefsnätverket');
    expect(decisionLead(meeting)).toBe('Länschefsnätverket beslutade:');
    expect(decisionLead({ ...meeting, bodyShortName: '' })).toBe(
      'Länsnätverket för förvaltningschefer beslutade:',
    );
  });

  it('begins every clause with "att" exactly once', () => {
    expect(clauseLine('godkänna dagordningen.')).toBe('att godkänna dagordningen.');
    expect(clauseLine('att godkänna dagordningen.')).toBe('att godkänna dagordningen.');
    expect(clauseLine('Att godkänna')).toBe('Att godkänna');
  });

  it('labels items "4." and sub-items "a)"', () => {
    const item = agendaItem({ id: 'x', number: '4', kind: 'rapport', title: 'Rapporter' });
    expect(itemLabel(item)).toBe('4.');
    expect(itemLabel({ ...item, number: '4 f', depth: 1, parentId: 'y' })).toBe('f)');
  });

  it('words attendees with tf, role, title and vacant seats', () => {
    const base = { personId: 'p', organisation: 'Exempelby', status: 'present' as const };
    expect(attendeeText({ ...base, name: 'Maria Särnblad', status: 'acting' })).toBe(
      'Maria Särnblad (tf)',
    );
    expect(
      attendeeText({ ...base, name: 'Eva Ek', status: 'acting', actingFor: 'Anna Andersson' }),
    ).toBe('Eva Ek (tf för Anna Andersson)');
    expect(
      attendeeText({ ...base, name: 'Anna Andersson', role: 'ordförande', title: 'Kulturchef' }),
    ).toBe('Anna Andersson, ordförande, Kulturchef');
    expect(attendeeText({ ...base, name: '', vacant: true, title: 'Divisionschef Medicin' })).toBe(
      'Vakant, Divisionschef Medicin',
    );
  });

  it('words presenters as name, title, organisation, leaving out what is unknown', () => {
    expect(
      presenterText({ name: 'Jasmin Löf', title: 'avdelningschef', organisation: 'RSS' }),
    ).toBe('Jasmin Löf, avdelningschef, RSS');
    expect(presenterText({ name: 'Anna Kjällängs' })).toBe('Anna Kjällängs');
  });

  it('[U1] adds a task’s deadline and a forward’s report-back date unless the text names it', () => {
    expect(
      clauseWithFollowUp({
        type: 'task',
        text: 'uppdra åt RSS Dalarna att följa upp planen.',
        target: 'RSS Dalarna',
        due: '2027-06-30',
      }),
    ).toBe('att uppdra åt RSS Dalarna att följa upp planen, senast 30 juni 2027');
    expect(
      clauseWithFollowUp({
        type: 'forward',
        text: 'rutinen skickas vidare för Välfärdsrådets ställningstagande',
        due: '2020-06-17',
      }),
    ).toBe(
      'att rutinen skickas vidare för Välfärdsrådets ställningstagande, med återrapportering senast 17 juni 2020',
    );
    expect(
      clauseWithFollowUp({
        type: 'forward',
        text: 'återrapportering sker vid rådets möte 2020-06-17',
        due: '2020-06-17',
      }),
    ).toBe('att återrapportering sker vid rådets möte 2020-06-17');
  });

  it('[V4] adds an election’s term unless the text names it', () => {
    const chair = {
      type: 'elect' as const,
      text: 'välja Anna Berg till ordförande.',
      target: 'Anna Berg',
      role: 'ordförande',
      termFrom: '2027-01-01',
      termTo: '2028-12-31',
    };
    expect(clauseWithFollowUp(chair)).toBe(
      'att välja Anna Berg till ordförande för perioden 2027-01-01 – 2028-12-31',
    );
    expect(clauseWithFollowUp({ ...chair, termTo: undefined })).toBe(
      'att välja Anna Berg till ordförande från och med 2027-01-01',
    );
    const written = 'välja Anna Berg till ordförande för perioden 2027-01-01 – 2028-12-31';
    expect(clauseWithFollowUp({ ...chair, text: written })).toBe(`att ${written}`);
  });
});
