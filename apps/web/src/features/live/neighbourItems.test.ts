import { describe, expect, it } from 'vitest';
import { neighbourItems } from './neighbourItems.ts';

const items = [{ id: 'one' }, { id: 'two' }, { id: 'three' }];

describe('neighbourItems', () => {
  it('gives the items before and after the current one', () => {
    expect(neighbourItems(items, 'two')).toEqual({
      current: { id: 'two' },
      previous: { id: 'one' },
      next: { id: 'three' },
    });
  });

  it('has no previous item at the start and no next one at the end', () => {
    expect(neighbourItems(items, 'one').previous).toBeNull();
    expect(neighbourItems(items, 'three').next).toBeNull();
  });

  it('leads to the first item when none is current, or the current one left the agenda', () => {
    for (const currentId of [null, 'removed']) {
      expect(neighbourItems(items, currentId)).toEqual({
        current: null,
        previous: null,
        next: { id: 'one' },
      });
    }
  });

  it('has nothing to offer on an empty agenda', () => {
    expect(neighbourItems([], null)).toEqual({ current: null, previous: null, next: null });
  });
});
