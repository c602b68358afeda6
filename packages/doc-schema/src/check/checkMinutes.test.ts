import { describe, expect, test } from 'vitest';
import { checkMinutes } from './checkMinutes.ts';
import { readMinutes } from '../readMinutes.ts';
import { buildSeed001Doc } from '../fixtures/seed001.ts';
import { buildSeed002Doc } from '../fixtures/seed002.ts';
import type { Finding } from './finding.ts';

const summary = (findings: Finding[]) =>
  findings.map((finding) => [finding.rule, finding.itemId, finding.text]);

describe('the mistake check on the seed fixtures', () => {
  test('[K8] finds nothing in the clean fixtures', () => {
    expect(checkMinutes(readMinutes(buildSeed001Doc()))).toEqual([]);
    expect(checkMinutes(readMinutes(buildSeed002Doc()))).toEqual([]);
  });

  test('[K2][K3] finds the body named two ways and the early document date in seed 001 as typed', () => {
    expect(summary(checkMinutes(readMinutes(buildSeed001Doc({ withMistakes: true }))))).toEqual([
      ['body_named_two_ways', 's001-04c', 'Länschefs nätverket'],
      ['body_named_two_ways', 's001-05', 'Länschefs nätverket'],
      ['document_date_before_meeting', null, '2024-12-09'],
    ]);
  });

  test('[K1][K4][K6][K7] finds the name, the verbless clause, the missing attachment and the wrong list in seed 002 as typed', () => {
    const issues = checkMinutes(readMinutes(buildSeed002Doc({ withMistakes: true })));
    expect(summary(issues)).toEqual([
      ['person_named_two_ways', 's002-11', 'Elin Rönnkvist'],
      [
        'clause_without_verb',
        's002-07',
        'länsövergripande överenskommelse om ansvarsfördelning när kommunen beslutar om placering på hem för vård eller boende (HVB)',
      ],
      ['attachment_reference_missing', 's002-06', 'bilaga 15'],
      ['not_represented_but_present', null, 'Ej representerade: Orsa och Mora.'],
    ]);
    expect(issues.map((issue) => issue.severity)).toEqual(['warning', 'error', 'error', 'error']);
  });
});
