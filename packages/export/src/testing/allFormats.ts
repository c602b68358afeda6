/** Test support: what one model says in every format, read back from the real files. */
import type { MinutesModel } from '@anteckna/doc-schema';
import { renderMeetingPackDocx, renderMinutesDocx } from '../docx/renderDocx.ts';
import { renderMeetingPackHtml, renderMinutesHtml } from '../html/renderHtml.ts';
import { renderMeetingPackMarkdown, renderMinutesMarkdown } from '../markdown/renderMarkdown.ts';
import { renderMeetingPackPdf, renderMinutesPdf } from '../pdf/renderPdf.ts';
import { docxParagraphs, docxParts } from './docxInspection.ts';
import { normaliseText, pdfPages } from './pdfInspection.ts';
import type { ExportOptions } from '../exportTypes.ts';

/** Every page's text of the PDF, and the DOCX body and header text, of one model. */
export async function allFormats(
  model: MinutesModel,
  options: ExportOptions = {},
  kind: 'minutes' | 'pack' = 'minutes',
) {
  const pdf = await (kind === 'pack' ? renderMeetingPackPdf : renderMinutesPdf)(model, options);
  const docx = await (kind === 'pack' ? renderMeetingPackDocx : renderMinutesDocx)(model, options);
  const parts = await docxParts(docx.bytes);
  const docxText = (name: string) => docxParagraphs(parts.get(name) ?? '').join('\n');
  const headerNames = [...parts.keys()].filter((name) => /^word\/header\d*\.xml$/.test(name));
  return {
    pdfPages: (await pdfPages(pdf.bytes)).map(normaliseText),
    docxBody: docxText('word/document.xml'),
    docxHeaders: headerNames.map(docxText),
    html: (kind === 'pack' ? renderMeetingPackHtml : renderMinutesHtml)(model, options).text,
    markdown: (kind === 'pack' ? renderMeetingPackMarkdown : renderMinutesMarkdown)(model, options)
      .text,
  };
}
