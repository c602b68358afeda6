import { describe, expect, it } from 'vitest';
import type { Actor, Phase } from '@anteckna/domain';
import { fieldAccess } from './fieldAccess.ts';
import type { FieldAccessContext } from './fieldAccess.ts';

const secretary: Actor = { userId: 'u-sec', bodyRole: 'secretary' };
const presenter: Actor = { userId: 'u-per', bodyRole: null };
const member: Actor = { userId: 'u-mem', bodyRole: 'member' };

function context(actor: Actor, phase: Phase): FieldAccessContext {
  return {
    actor,
    phase,
    presenterIdsOf: (itemId) => (itemId === 'i5' ? ['u-per'] : []),
    presenterNamesOf: (itemId) => (itemId === 'i5' ? ['Per Persson'] : []),
    approvedAt: phase === 'locked' ? '2025-02-13' : null,
  };
}

describe('fieldAccess', () => {
  it('lets a presenter write the background of their own item in preparation', () => {
    expect(fieldAccess('item:i5:body', context(presenter, 'preparation'))).toEqual({
      editable: true,
    });
  });

  it('names the presenters when someone else looks at a presented item', () => {
    expect(fieldAccess('item:i5:proposal', context(member, 'preparation'))).toEqual({
      editable: false,
      reason: { code: 'presentedBy', names: ['Per Persson'] },
    });
  });

  it('tells a presenter that only the secretary writes during the meeting', () => {
    expect(fieldAccess('item:i5:body', context(presenter, 'live'))).toEqual({
      editable: false,
      reason: { code: 'liveSecretaryOnly' },
    });
  });

  it('keeps the decision for the secretary even on the presenter’s own item', () => {
    expect(fieldAccess('item:i5:decision', context(presenter, 'preparation'))).toEqual({
      editable: false,
      reason: { code: 'decisionSecretaryOnly' },
    });
  });

  it('says the item is not open yet to a presenter of a planned meeting', () => {
    expect(fieldAccess('item:i5:body', context(presenter, 'planned'))).toEqual({
      editable: false,
      reason: { code: 'notYetOpen' },
    });
  });

  it('says "secretary only" for an item nobody presents', () => {
    expect(fieldAccess('item:i2:body', context(presenter, 'preparation'))).toEqual({
      editable: false,
      reason: { code: 'secretaryOnly' },
    });
  });

  it('lets the secretary write every field until the minutes are locked', () => {
    for (const phase of ['planned', 'preparation', 'live', 'circulated'] as const) {
      expect(fieldAccess('item:i2:decision', context(secretary, phase)).editable).toBe(true);
    }
  });

  it('locks everything for everyone once approved, with the approval date', () => {
    expect(fieldAccess('item:i2:body', context(secretary, 'locked'))).toEqual({
      editable: false,
      reason: { code: 'locked', date: '2025-02-13' },
    });
  });
});
