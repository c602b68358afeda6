import { describe, expect, test } from 'vitest';
import { readMinutes } from '../readMinutes.ts';
import { buildSeed001Doc } from '../fixtures/seed001.ts';
import { buildSeed002Doc } from '../fixtures/seed002.ts';
import { COUNTY_NETWORK_CONTEXT, PLANTED_MISTAKES } from '../fixtures/plantedMistakes.ts';
import { CHECK_RULES } from './checkRule.ts';
import { checkMinutes } from './checkMinutes.ts';

const plantedOf = (rule: string) => PLANTED_MISTAKES.find((planted) => planted.rule === rule)!;

function findingsOf(rule: string, context = COUNTY_NETWORK_CONTEXT) {
  return checkMinutes(readMinutes(plantedOf(rule).build()), context);
}

function expectOnly(rule: string) {
  const planted = plantedOf(rule);
  expect(findingsOf(rule).map((f) => [f.rule, f.severity, f.itemId, f.text])).toEqual([
    [rule, CHECK_RULES[planted.rule].severity, planted.expected.itemId, planted.expected.text],
  ]);
}

describe('mistakes planted in copies of the seeds', () => {
  test('[K8] the clean seeds pass with everything the server knows about the county network', () => {
    for (const doc of [buildSeed001Doc(), buildSeed002Doc(), buildSeed001Doc({ phase: 'live' })])
      expect(checkMinutes(readMinutes(doc), COUNTY_NETWORK_CONTEXT)).toEqual([]);
  });

  test('[K9] an item without a title is an error', () => {
    expectOnly('item_without_title');
    expect(findingsOf('item_without_title')[0]!.message).toBe('Punkt 6 saknar rubrik.');
  });

  test('[K10] a decision item without a decision is an error once the meeting is held', () => {
    expectOnly('decision_missing');
    expect(
      findingsOf('decision_missing', { ...COUNTY_NETWORK_CONTEXT, language: 'en' })[0]!.message,
    ).toBe('Decision item 8 “Kalendarium 2025” has no decision.');
  });

  test('[K10] standing items keep their defaults and are not flagged, nor parents of sub-items', () => {
    // Seed 001 live: "Föregående minnesanteckningar" and "Mötets öppnande" have no clause
    // of their own until the meeting decides; item 4 is decided in its sub-items.
    const model = readMinutes(buildSeed001Doc({ phase: 'live' }));
    const standing = model.items.filter((item) => item.standing !== null);
    expect(standing.some((item) => item.decision.length === 0)).toBe(true);
    expect(checkMinutes(model, COUNTY_NETWORK_CONTEXT)).toEqual([]);
  });

  test('[K10] in preparation nothing is decided yet, so nothing is missing', () => {
    const doc = plantedOf('decision_missing').build();
    const model = readMinutes(doc);
    model.meeting.phase = 'preparation';
    expect(checkMinutes(model, COUNTY_NETWORK_CONTEXT)).toEqual([]);
  });

  test('[K11] an att-clause with no word in it is an error, not a clause without a verb', () => {
    expectOnly('clause_empty');
  });

  test('[K12] a person listed twice in the attendance is an error', () => {
    expectOnly('person_listed_twice');
    expect(findingsOf('person_listed_twice')[0]!.message).toBe(
      'Eva Björk står 2 gånger i närvarolistan.',
    );
  });

  test('[K13] an organisation spelt another way than the body lists it is an error', () => {
    expectOnly('organisation_named_two_ways');
    expect(findingsOf('organisation_named_two_ways')[0]!.message).toBe(
      'Organisationen skrivs ”Sätters” men heter ”Säter”.',
    );
  });

  test('[K2] the body’s own name misspelt in a copy of seed 002', () => {
    expectOnly('body_named_two_ways');
  });

  test('[K14] another body the server knows, misspelt, is an error', () => {
    expectOnly('other_body_named_two_ways');
    // Without the server's knowledge of that body nothing can be said.
    expect(findingsOf('other_body_named_two_ways', {})).toEqual([]);
  });

  test('[K15] an approval dated before the meeting it approves is an error', () => {
    expectOnly('approval_before_meeting');
  });

  test('[K31] an election without a role or the start of its term is a warning', () => {
    expectOnly('election_without_term');
    expect(findingsOf('election_without_term')[0]!.message).toMatch(
      /^Valet i punkt 7 saknar roll eller mandatperiodens början/,
    );
  });

  test('[K32] two elections to one role with overlapping terms are a warning', () => {
    expectOnly('election_term_overlap');
    expect(findingsOf('election_term_overlap')[0]!.message).toBe(
      'Valet av Tomas Engström till Ordförande i punkt 7 överlappar mandatperioden för Ingrid Dahlberg (2025-01-01 – 2025-12-31).',
    );
  });

  test('[K32] an election overlapping one of the body’s earlier minutes is found; an open term never overlaps', () => {
    const model = readMinutes(buildSeed001Doc());
    const earlier = {
      role: 'vice ordförande',
      name: 'Karin Åberg',
      termFrom: '2024-07-01',
      termTo: '2025-06-30',
      meetingDate: '2024-06-12',
    };
    const found = checkMinutes(model, { ...COUNTY_NETWORK_CONTEXT, elections: [earlier] });
    expect(found.map((f) => [f.rule, f.itemId])).toEqual([['election_term_overlap', 's001-07']]);
    const { termTo: _open, ...openEnded } = earlier;
    expect(checkMinutes(model, { ...COUNTY_NETWORK_CONTEXT, elections: [openEnded] })).toEqual([]);
  });

  test('[K8] every rule but those the seeds already carry has a planted fixture', () => {
    const planted = new Set(PLANTED_MISTAKES.map((mistake) => mistake.rule));
    const spec = (rule: string) =>
      Number(CHECK_RULES[rule as keyof typeof CHECK_RULES].spec.slice(1));
    for (const rule of Object.keys(CHECK_RULES).filter((rule) => spec(rule) >= 9))
      expect(planted.has(rule as keyof typeof CHECK_RULES), rule).toBe(true);
  });
});
