import type { MinutesModel } from '@anteckna/doc-schema';
import type { PdfExportOptions, RenderedFile } from '../exportTypes.ts';
import { buildMeetingPackLayout } from '../layout/meetingPackLayout.ts';
import { buildMinutesLayout } from '../layout/minutesLayout.ts';
import { writeLayoutPdf } from './writeLayoutPdf.ts';

/** The minutes as an archival PDF (PDF/A-2a) that follows the body's own layout. */
export function renderMinutesPdf(
  model: MinutesModel,
  options: PdfExportOptions = {},
): Promise<RenderedFile> {
  return writeLayoutPdf(buildMinutesLayout(model, options), options);
}

/** The meeting pack (handlingar) sent before the meeting, as an archival PDF. */
export function renderMeetingPackPdf(
  model: MinutesModel,
  options: PdfExportOptions = {},
): Promise<RenderedFile> {
  return writeLayoutPdf(buildMeetingPackLayout(model, options), options);
}
