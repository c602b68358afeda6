import { describe, expect, it } from 'vitest';
import { approvalRequest } from './approvalRequest.ts';

describe('approvalRequest', () => {
  it('sends the addendum with "med tillägg", trimmed and without a leading "att"', () => {
    expect(
      approvalRequest('approve_with_addendum', '  att Mora kommun var representerad '),
    ).toEqual({ decision: 'approve_with_addendum', addendum: 'Mora kommun var representerad' });
  });

  it('refuses "med tillägg" without an addendum', () => {
    expect(approvalRequest('approve_with_addendum', ' att ')).toBeNull();
    expect(approvalRequest('approve_with_addendum', '')).toBeNull();
  });

  it('leaves out text typed before another decision was chosen', () => {
    expect(approvalRequest('lay_to_records', 'något')).toEqual({ decision: 'lay_to_records' });
    expect(approvalRequest('approve', 'något')).toEqual({ decision: 'approve' });
  });
});
