import { describe, expect, it } from 'vitest';
import { compareEndpoint, exportEndpoint, meetingDetailEndpoint, meEndpoint } from '../index.ts';
import { endpointPath } from './endpoint.ts';

describe('endpointPath', () => {
  it('fills in the path parameters, encoded', () => {
    expect(endpointPath(meetingDetailEndpoint, { params: { id: 'a b/c' } })).toBe(
      '/api/meetings/a%20b%2Fc',
    );
    expect(endpointPath(exportEndpoint, { params: { id: 'm1', format: 'pdf' } })).toBe(
      '/api/meetings/m1/export.pdf',
    );
  });

  it('appends the query, leaving out what is not given', () => {
    expect(
      endpointPath(compareEndpoint, { params: { id: 'm1' }, query: { from: 's1', to: 'current' } }),
    ).toBe('/api/meetings/m1/compare?from=s1&to=current');
    expect(
      endpointPath(exportEndpoint, {
        params: { id: 'm1', format: 'md' },
        query: { kind: undefined, audience: 'public' },
      }),
    ).toBe('/api/meetings/m1/export.md?audience=public');
    expect(endpointPath(meEndpoint)).toBe('/api/me');
  });

  it('refuses to build a path with a parameter missing', () => {
    expect(() => endpointPath(meetingDetailEndpoint, { params: {} })).toThrow(
      /missing parameter id/,
    );
  });
});
