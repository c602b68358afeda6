import { describe, expect, it } from 'vitest';
import { EXPORT_MEDIA_TYPES, exportFileName } from './exportFiles.ts';
import { seed001Minutes } from './fixtures/seed001Minutes.ts';

describe('export file names and media types', () => {
  it('builds an ASCII file name from kind, body and date', () => {
    expect(exportFileName(seed001Minutes.meeting, 'pdf')).toBe(
      'minnesanteckningar-lanschefsnatverket-2024-12-19.pdf',
    );
    expect(exportFileName(seed001Minutes.meeting, 'docx', 'handlingar')).toBe(
      'handlingar-lanschefsnatverket-2024-12-19.docx',
    );
  });

  it('names the media type of each format', () => {
    expect(EXPORT_MEDIA_TYPES.pdf).toBe('application/pdf');
    expect(EXPORT_MEDIA_TYPES.html).toBe('text/html; charset=utf-8');
  });
});
