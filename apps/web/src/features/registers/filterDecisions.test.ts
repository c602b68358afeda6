import { describe, expect, it } from 'vitest';
import { filterChoices, filterDecisions } from './filterDecisions.ts';
import type { DecisionEntry } from '@anteckna/contract';
import { decisionCsvHref, NO_FILTER } from './registerApi.ts';

const entry = (meetingDate: string, type: DecisionEntry['type'], target?: string) =>
  ({
    meetingId: 'm',
    meetingDate,
    meetingTitle: 'Möte',
    phase: 'locked',
    itemId: 'i',
    itemNumber: '4',
    itemTitle: 'Punkt',
    type,
    text: 'godkänna',
    ...(target ? { target } : {}),
  }) satisfies DecisionEntry;

const register = [
  entry('2027-03-11', 'forward', 'Välfärdsrådet'),
  entry('2026-09-17', 'approve'),
  entry('2026-02-12', 'forward', 'Länsstyrelsen'),
];

describe('the decision register filters', () => {
  it('filter by year, type and target together, and offer only values the register holds', () => {
    expect(filterDecisions(register, NO_FILTER)).toHaveLength(3);
    expect(filterDecisions(register, { ...NO_FILTER, year: '2026' })).toHaveLength(2);
    expect(
      filterDecisions(register, { year: '2026', type: 'forward', target: 'Länsstyrelsen' }),
    ).toEqual([register[2]]);
    expect(filterChoices(register)).toEqual({
      years: ['2027', '2026'],
      types: ['forward', 'approve'],
      targets: ['Länsstyrelsen', 'Välfärdsrådet'],
    });
  });

  it('link the CSV with the same filters', () => {
    expect(decisionCsvHref('b 1', NO_FILTER)).toBe('/api/bodies/b%201/decisions.csv');
    expect(decisionCsvHref('b', { year: '2026', type: 'forward', target: 'Välfärdsrådet' })).toBe(
      '/api/bodies/b/decisions.csv?year=2026&type=forward&target=V%C3%A4lf%C3%A4rdsr%C3%A5det',
    );
  });
});
