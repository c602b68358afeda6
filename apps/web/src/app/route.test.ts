import { describe, expect, it } from 'vitest';
import { parseRoute, routeHref } from './route.ts';

describe('parseRoute', () => {
  it('reads the version history, one version and a comparison, and writes them back', () => {
    expect(parseRoute('#/meetings/m1/versions')).toEqual({
      name: 'versions',
      meetingId: 'm1',
      snapshotId: null,
    });
    expect(parseRoute('#/meetings/m1/versions/s1')).toEqual({
      name: 'versions',
      meetingId: 'm1',
      snapshotId: 's1',
    });
    expect(parseRoute('#/meetings/m1/compare/s1/current')).toEqual({
      name: 'compare',
      meetingId: 'm1',
      from: 's1',
      to: 'current',
    });
    expect(parseRoute('#/meetings/m1/compare/s1')).toEqual({ name: 'notFound' });
    for (const route of [
      { name: 'versions', meetingId: 'm 1', snapshotId: 's/1' },
      { name: 'versions', meetingId: 'm1', snapshotId: null },
      { name: 'compare', meetingId: 'm1', from: 'a b', to: 'current' },
    ] as const) {
      expect(parseRoute(routeHref(route))).toEqual(route);
    }
  });

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

  it('reads the projector, a body and its public page, and writes them back', () => {
    expect(parseRoute('#/meetings/m1/projector')).toEqual({ name: 'projector', meetingId: 'm1' });
    expect(parseRoute('#/bodies/b1')).toEqual({ name: 'body', bodyId: 'b1' });
    expect(parseRoute('#/public/bodies/b1')).toEqual({ name: 'publicBody', bodyId: 'b1' });
    for (const route of [
      { name: 'projector', meetingId: 'm 1' },
      { name: 'body', bodyId: 'b/1' },
      { name: 'publicBody', bodyId: 'b 1' },
    ] as const) {
      expect(parseRoute(routeHref(route))).toEqual(route);
    }
  });

  it('reads search, the decision register and the public front door, and writes them back', () => {
    expect(parseRoute('#/search/nyktring%20l%C3%A4n')).toEqual({
      name: 'search',
      query: 'nyktring län',
    });
    expect(parseRoute('#/public')).toEqual({ name: 'publicIndex', query: '' });
    expect(parseRoute('#/bodies/b1/decisions')).toEqual({ name: 'decisions', bodyId: 'b1' });
    for (const route of [
      { name: 'search', query: '' },
      { name: 'search', query: 'a/b "c" #d?' },
      { name: 'publicIndex', query: '' },
      { name: 'publicIndex', query: 'vård & omsorg' },
      { name: 'decisions', bodyId: 'b 1' },
      { name: 'tasks', bodyId: 'b1' },
      { name: 'roles', bodyId: 'b1' },
    ] as const) {
      expect(parseRoute(routeHref(route))).toEqual(route);
    }
  });

  it('reads one’s own account page, and writes it back', () => {
    expect(parseRoute('#/account')).toEqual({ name: 'account' });
    expect(parseRoute(routeHref({ name: 'account' }))).toEqual({ name: 'account' });
  });
});
