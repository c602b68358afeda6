import { describe, expect, it } from 'vitest';
import { ApiError } from '../../app/api.ts';
import { attachmentErrorKey } from './attachmentErrorText.ts';

describe('attachmentErrorKey', () => {
  it('says why an upload was refused, by the server’s error id', () => {
    expect(attachmentErrorKey(new ApiError(413, 'attachment_too_large', 'x'))).toBe(
      'attachments.errors.attachment_too_large',
    );
    expect(attachmentErrorKey(new ApiError(415, 'attachment_type_not_allowed', 'x'))).toBe(
      'attachments.errors.attachment_type_not_allowed',
    );
    expect(attachmentErrorKey(new ApiError(403, 'field_not_writable', 'x'))).toBe(
      'attachments.errors.field_not_writable',
    );
  });

  it('reads a body-size refusal from a proxy or the body limit as "too large"', () => {
    expect(attachmentErrorKey(new ApiError(413, 'payload_too_large', 'x'))).toBe(
      'attachments.errors.attachment_too_large',
    );
    expect(attachmentErrorKey(new ApiError(413, 'http_413', 'x'))).toBe(
      'attachments.errors.attachment_too_large',
    );
  });

  it('leaves other errors to the shared mapping', () => {
    expect(attachmentErrorKey(new ApiError(0, 'network', 'x'))).toBe('errors.network');
  });
});
