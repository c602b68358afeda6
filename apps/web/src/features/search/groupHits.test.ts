import { describe, expect, it } from 'vitest';
import { groupHitsByMeeting } from './groupHits.ts';
import type { SearchHit } from '@anteckna/contract';

const hit = (meetingId: string, itemId: string | null, itemNumber: string): SearchHit => ({
  meetingId,
  itemId,
  itemNumber,
  itemTitle: `Punkt ${itemNumber}`,
  meetingTitle: `Möte ${meetingId}`,
  meetingDate: '2026-01-01',
  bodyId: 'b',
  bodyName: 'Nätverket',
  phase: 'locked',
  snippet: [],
});

describe('groupHitsByMeeting', () => {
  it('keeps meetings in rank order and puts each meeting’s hits in agenda order', () => {
    const groups = groupHitsByMeeting([
      hit('m2', 'i10', '10'),
      hit('m1', 'i4b', '4 b'),
      hit('m2', 'i2', '2'),
      hit('m1', null, ''),
      hit('m1', 'i4a', '4 a'),
    ]);
    expect(groups.map((g) => g.meetingId)).toEqual(['m2', 'm1']);
    expect(groups[0]!.hits.map((h) => h.itemNumber)).toEqual(['2', '10']);
    expect(groups[1]!.hits.map((h) => h.itemId)).toEqual([null, 'i4a', 'i4b']);
  });
});
