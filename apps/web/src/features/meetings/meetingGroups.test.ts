import { describe, expect, it } from 'vitest';
import type { Membership, MeetingSummary } from '@anteckna/contract';
import { groupMeetingsByBody } from './meetingGroups.ts';

const body = { bodyId: 'b1', bodyName: 'Länschefsnätverket', bodyShortName: 'LCHNV' };
const membership: Membership = { ...body, role: 'secretary' };

function meeting(id: string, date: string, phase: MeetingSummary['phase'], bodyId = 'b1') {
  return {
    ...body,
    bodyId,
    bodyName: bodyId === 'b1' ? body.bodyName : 'Välfärdsrådet',
    id,
    date,
    phase,
    title: id,
    startTime: '09:00',
    endTime: '12:00',
    place: '',
    mode: 'room',
    registryNumber: '',
  } satisfies MeetingSummary;
}

describe('groupMeetingsByBody', () => {
  it('sorts coming meetings soonest first and locked minutes newest first', () => {
    const [group] = groupMeetingsByBody(
      [membership],
      [
        meeting('later', '2025-05-01', 'planned'),
        meeting('sooner', '2025-03-01', 'preparation'),
        meeting('old', '2024-02-01', 'locked'),
        meeting('newer', '2024-12-19', 'locked'),
      ],
    );
    expect(group?.coming.map((m) => m.id)).toEqual(['sooner', 'later']);
    expect(group?.locked.map((m) => m.id)).toEqual(['newer', 'old']);
  });

  it('puts circulated minutes under "waiting for approval" and live meetings under coming', () => {
    const [group] = groupMeetingsByBody(
      [membership],
      [meeting('sent', '2025-02-01', 'circulated'), meeting('now', '2025-02-13', 'live')],
    );
    expect(group?.awaitingApproval.map((m) => m.id)).toEqual(['sent']);
    expect(group?.coming.map((m) => m.id)).toEqual(['now']);
  });

  it('keeps a body with no meetings, and adds a body the person only presents in', () => {
    const groups = groupMeetingsByBody(
      [membership],
      [meeting('x', '2025-01-01', 'preparation', 'b2')],
    );
    expect(groups.map((g) => [g.bodyId, g.role])).toEqual([
      ['b1', 'secretary'],
      ['b2', null],
    ]);
  });
});
