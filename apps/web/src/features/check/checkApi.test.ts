import { describe, expect, test } from 'vitest';
import type { Finding } from '@anteckna/doc-schema';
import { ApiError } from '../../app/api.ts';
import { refusedFindings, warningRules } from './checkApi.ts';

const finding = (rule: Finding['rule'], severity: Finding['severity']): Finding => ({
  rule,
  severity,
  itemId: null,
  text: '',
  message: '',
});

describe('the check as the web app reads it', () => {
  test('a refusal by the check carries the findings; other refusals do not', () => {
    const findings = [finding('decision_missing', 'error')];
    const error = { id: 'check_failed', message: 'Kontrollen hittade fel.' };
    expect(refusedFindings(new ApiError(409, 'check_failed', '', { error, findings }))).toEqual(
      findings,
    );
    // A body that is not the contract's refusal carries nothing to show.
    expect(refusedFindings(new ApiError(409, 'check_failed', '', { error: {}, findings }))).toBe(
      null,
    );
    expect(refusedFindings(new ApiError(409, 'illegal_phase_transition', '', { error: {} }))).toBe(
      null,
    );
    expect(refusedFindings(new ApiError(400, 'invalid_request', '', { findings }))).toBe(null);
    expect(refusedFindings(new Error('network'))).toBe(null);
  });

  test('"circulate anyway" acknowledges each warning’s rule once, never an error’s', () => {
    expect(
      warningRules([
        finding('person_named_two_ways', 'warning'),
        finding('person_named_two_ways', 'warning'),
        finding('document_date_long_after_meeting', 'warning'),
        finding('decision_missing', 'error'),
      ]),
    ).toEqual(['person_named_two_ways', 'document_date_long_after_meeting']);
  });
});
