import { describe, expect, it } from 'vitest';
import type { Phase } from './phase.ts';
import { mayWrite, type MeetingWriteContext } from './writePolicy.ts';

const meeting = (phase: Phase): MeetingWriteContext => ({
  phase,
  presenterIdsOf: (itemId) => (itemId === 'x' ? ['presenter'] : itemId === 'y' ? ['other'] : []),
});
const secretary = { userId: 'sec', bodyRole: 'secretary' as const };
const presenter = { userId: 'presenter', bodyRole: null };
const memberPresenter = { userId: 'presenter', bodyRole: 'member' as const };
const member = { userId: 'm', bodyRole: 'member' as const };
const allowed = (actor: Parameters<typeof mayWrite>[0], root: string, phase: Phase) =>
  mayWrite(actor, root, meeting(phase)).allowed;

describe('mayWrite: the policy table of the architecture', () => {
  it('lets a presenter write the body and proposal of their own item in preparation, and nothing else', () => {
    expect(allowed(presenter, 'item:x:body', 'preparation')).toBe(true);
    expect(allowed(presenter, 'item:x:proposal', 'preparation')).toBe(true);
    expect(allowed(memberPresenter, 'item:x:body', 'preparation')).toBe(true);
    for (const root of [
      'item:x:decision',
      'item:y:body',
      'agenda',
      'meeting',
      'attendance',
      'item:z:body',
    ]) {
      expect(allowed(presenter, root, 'preparation'), root).toBe(false);
    }
  });

  it('makes presenters read-only once the meeting is live, circulated or planned', () => {
    for (const phase of ['planned', 'live', 'circulated'] as const) {
      expect(mayWrite(presenter, 'item:x:body', meeting(phase))).toEqual({
        allowed: false,
        reason: 'not_in_preparation',
      });
    }
  });

  it('lets the secretary write every known root until the lock, and nobody after it', () => {
    for (const phase of ['planned', 'preparation', 'live', 'circulated'] as const) {
      for (const root of ['agenda', 'meeting', 'attendance', 'item:x:decision', 'item:y:body']) {
        expect(allowed(secretary, root, phase), `${phase} ${root}`).toBe(true);
      }
    }
    expect(mayWrite(secretary, 'item:x:body', meeting('locked'))).toEqual({
      allowed: false,
      reason: 'locked',
    });
    expect(mayWrite(presenter, 'item:x:body', meeting('locked'))).toEqual({
      allowed: false,
      reason: 'locked',
    });
  });

  it('refuses a root that is not part of the document, even to the secretary', () => {
    expect(mayWrite(secretary, 'secret', meeting('preparation'))).toEqual({
      allowed: false,
      reason: 'unknown_root',
    });
    expect(allowed(secretary, 'item:../x:body', 'preparation')).toBe(false);
  });

  it('gives members no write at all', () => {
    expect(mayWrite(member, 'item:x:body', meeting('preparation'))).toEqual({
      allowed: false,
      reason: 'read_only_role',
    });
    expect(mayWrite(member, 'agenda', meeting('preparation'))).toEqual({
      allowed: false,
      reason: 'secretary_only',
    });
  });
});
