import { describe, expect, it } from 'vitest';
import { isPhase, mayMovePhase, PHASES } from './phase.ts';

describe('phases', () => {
  it('move forward by hand, with live ⇄ preparation and circulated → live for corrections', () => {
    expect(mayMovePhase('planned', 'preparation')).toBe(true);
    expect(mayMovePhase('preparation', 'live')).toBe(true);
    expect(mayMovePhase('live', 'circulated')).toBe(true);
    expect(mayMovePhase('preparation', 'circulated')).toBe(false);
  });

  it('never reach locked by hand, and never leave it', () => {
    for (const from of PHASES) expect(mayMovePhase(from, 'locked')).toBe(false);
    for (const to of PHASES) expect(mayMovePhase('locked', to)).toBe(false);
  });

  it('recognises only the five phase names', () => {
    expect(PHASES.every(isPhase)).toBe(true);
    expect(isPhase('approved')).toBe(false);
    expect(isPhase(3)).toBe(false);
  });
});
