import { describe, expect, it } from 'vitest';
import { ApiError } from '../../app/api.ts';
import { bodyErrorKey } from './bodyErrorText.ts';

describe('bodyErrorKey', () => {
  it('explains the body refusals with the body page’s own words', () => {
    expect(bodyErrorKey(new ApiError(409, 'last_secretary', 'x'))).toBe(
      'bodies.errors.last_secretary',
    );
    expect(bodyErrorKey(new ApiError(409, 'organisation_in_use', 'x'))).toBe(
      'bodies.errors.organisation_in_use',
    );
  });

  it('leaves every other error to the shared mapping', () => {
    expect(bodyErrorKey(new ApiError(403, 'not_secretary', 'x'))).toBe('errors.not_secretary');
    expect(bodyErrorKey(new Error('boom'))).toBe('errors.unknown');
  });
});
