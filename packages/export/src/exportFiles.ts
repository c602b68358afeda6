import type { MeetingHeader } from '@anteckna/doc-schema';

export type ExportFormat = 'pdf' | 'docx' | 'html' | 'md' | 'ics';

/** Content-Type for each format, for the server's responses. */
export const EXPORT_MEDIA_TYPES: Record<ExportFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  html: 'text/html; charset=utf-8',
  md: 'text/markdown; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
};

/**
 * "minnesanteckningar-lanschefsnatverket-2024-12-19.pdf": ASCII only, so it survives every
 * Content-Disposition header and file system without encoding.
 */
export function exportFileName(
  meeting: Pick<MeetingHeader, 'bodyShortName' | 'bodyName' | 'date'>,
  format: ExportFormat,
  kind: 'minnesanteckningar' | 'handlingar' | 'kallelse' = 'minnesanteckningar',
): string {
  const body = (meeting.bodyShortName.split(',')[0] ?? '').trim() || meeting.bodyName;
  const slug = `${kind} ${body} ${meeting.date}`
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return `${slug || kind}.${format}`;
}
