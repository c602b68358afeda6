/**
 * @anteckna/export: the minutes read model (`MinutesModel` from @anteckna/doc-schema) to files.
 * Pure: no network, no database, no DOM.
 *
 * Every renderer returns the file together with its warnings, `{ bytes, warnings }` for binary
 * formats and `{ text, warnings }` for text formats, so what is reported is exactly what the
 * renderer met (a character the PDF font lacks, an attachment file the server said is missing).
 * A warning never stops a render: the file is always complete and valid.
 *
 * Options: `audience` ('internal' by default; 'public' leaves out items and attachments marked
 * internal and says so in their place) and `missingAttachmentIds` (attachments whose file the
 * server could not find). PDFs also take `creationDate`, which makes the bytes reproducible.
 */

// Minutes
export { renderMinutesPdf, renderMeetingPackPdf } from './pdf/renderPdf.ts';
export { renderMinutesDocx, renderMeetingPackDocx } from './docx/renderDocx.ts';
export { renderMinutesHtml, renderMeetingPackHtml } from './html/renderHtml.ts';
export { renderMinutesMarkdown, renderMeetingPackMarkdown } from './markdown/renderMarkdown.ts';

// Calendar
export { renderCalendarIcs, renderMeetingIcs } from './calendar/renderMeetingIcs.ts';
export type { CalendarMeeting, IcsOptions } from './calendar/renderMeetingIcs.ts';

// Options, results, warnings
export type {
  ExportAudience,
  ExportOptions,
  ExportWarning,
  ExportWarningCode,
  PdfExportOptions,
  RenderedFile,
  RenderedText,
} from './exportTypes.ts';
export { EXPORT_MEDIA_TYPES, exportFileName } from './exportFiles.ts';
export type { ExportFormat } from './exportFiles.ts';

// Swedish formatting
export { formatSwedishDate, formatSwedishTime, formatSwedishTimeRange } from '@anteckna/domain';

// Benchmark fixture
export { buildLargeMinutesModel } from './fixtures/largeMinutes.ts';
export type { LargeMinutesOptions } from './fixtures/largeMinutes.ts';
