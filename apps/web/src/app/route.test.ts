import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from './route.ts';

describe('parseRoute', () => {
  it('reads an empty hash as the meetings list', () => {
    expect(parseRoute('')).toEqual({ name: 'meetings' });
  });

  it('reads a meeting with an item to jump to', () => {
    expect(parseRoute('#/meetings/m1/item-4')).toEqual({
      name: 'meeting',
      meetingId: 'm1',
      itemId: 'item-4',
    });
  });

  it('reads what it does not know as not found', () => {
    expect(parseRoute('#/nothing/here/at/all')).toEqual({ name: 'notFound' });
  });

  it('writes hrefs that read back as the same route', () => {
    const route = { name: 'meeting', meetingId: 'a b', itemId: null } as const;
    expect(parseRoute(routeHref(route))).toEqual(route);
  });
});
