import { describe, expect, it } from 'vitest';
import { ApiError } from './api.ts';
import { errorTextKey } from './errorText.ts';

describe('errorTextKey', () => {
  it('maps a known server error id to its own catalog key', () => {
    expect(errorTextKey(new ApiError(401, 'invalid_credentials', 'x'))).toBe(
      'errors.invalid_credentials',
    );
  });

  it('maps an unknown id with status 429 to "too many attempts"', () => {
    expect(errorTextKey(new ApiError(429, 'slow_down', 'x'))).toBe('errors.too_many_attempts');
  });

  it('maps a server crash without an id to the internal error text', () => {
    expect(errorTextKey(new ApiError(502, 'http_502', 'Bad Gateway'))).toBe('errors.internal');
  });

  it('maps anything that is not an ApiError to "unknown"', () => {
    expect(errorTextKey(new Error('boom'))).toBe('errors.unknown');
  });
});
