import { buildSeed001Doc, buildSeed002Doc, readMinutes } from '@anteckna/doc-schema';
import type { MinutesModel } from '@anteckna/doc-schema';
import { describe, expect, it } from 'vitest';
import { renderMinutesDocx } from './docx/renderDocx.ts';
import { renderMinutesHtml } from './html/renderHtml.ts';
import { renderMinutesMarkdown } from './markdown/renderMarkdown.ts';
import { renderMinutesPdf } from './pdf/renderPdf.ts';
import { docxParagraphs, docxParts } from './testing/docxInspection.ts';
import { expectInOrder, pdfPages } from './testing/pdfInspection.ts';

/** Every item's title and every clause, in agenda order: what any rendering must contain. */
function agendaInOrder(model: MinutesModel): string[] {
  return model.items.flatMap((item) => [
    item.title,
    ...item.decision.map((clause) => clause.text.replace(/^att\s+/i, '')),
  ]);
}

describe.each([
  ['seed 001', buildSeed001Doc],
  ['seed 002', buildSeed002Doc],
])('the read model of the shared %s document', (_name, build) => {
  const model = readMinutes(build());
  const expected = agendaInOrder(model);

  it('renders to PDF with every item and clause in order and the Dnr on every page', async () => {
    const { bytes } = await renderMinutesPdf(model);
    const pages = await pdfPages(bytes);
    for (const page of pages) expect(page).toContain(`Dnr: ${model.meeting.registryNumber}`);
    const text = pages.map((page) => page.slice(0, page.lastIndexOf('Minnesanteckningar\nDatum:')));
    expectInOrder(text.join('\n'), expected);
  });

  it('renders to DOCX, HTML and Markdown with every item and clause in order', async () => {
    const { bytes } = await renderMinutesDocx(model);
    const document = (await docxParts(bytes)).get('word/document.xml') ?? '';
    expectInOrder(docxParagraphs(document).join('\n'), expected);
    expectInOrder(
      renderMinutesHtml(model)
        .text.replace(/<[^>]+>/g, ' ')
        .replace(/&amp;/g, '&'),
      expected,
    );
    expectInOrder(renderMinutesMarkdown(model).text.replace(/[*\\]/g, ''), expected);
  });
});
