import { describe, expect, it } from 'vitest';
import { renderMinutesDocx } from '../docx/renderDocx.ts';
import { edgeCaseMinutes } from '../fixtures/edgeCaseMinutes.ts';
import { renderMeetingPackHtml, renderMinutesHtml } from '../html/renderHtml.ts';
import { renderMinutesMarkdown } from '../markdown/renderMarkdown.ts';
import { renderMinutesPdf } from '../pdf/renderPdf.ts';
import { docxParagraphs, docxParts } from '../testing/docxInspection.ts';
import { normaliseText, pdfPages } from '../testing/pdfInspection.ts';

const ITEM_NOTICE = 'Punkt 3 är utelämnad i den offentliga versionen (internt).';
const ATTACHMENT_NOTICE = 'Bilaga 2 är utelämnad i den offentliga versionen (internt).';
const INTERNAL_TEXT = ['Personalärende', 'sommarbemanning', 'Personalförteckning.pdf'];

function expectPublic(text: string): void {
  const flat = normaliseText(text);
  expect(flat).toContain(ITEM_NOTICE);
  expect(flat).toContain(ATTACHMENT_NOTICE);
  for (const secret of INTERNAL_TEXT) expect(flat).not.toContain(secret);
  expect(flat).toContain('Lägesrapport bibliotek.pdf');
}

describe('the public version leaves out what is internal and says so in its place', () => {
  it('in the PDF', async () => {
    const { bytes } = await renderMinutesPdf(edgeCaseMinutes, { audience: 'public' });
    expectPublic((await pdfPages(bytes)).join('\n'));
  });

  it('in the DOCX', async () => {
    const { bytes } = await renderMinutesDocx(edgeCaseMinutes, { audience: 'public' });
    const document = (await docxParts(bytes)).get('word/document.xml') ?? '';
    expectPublic(docxParagraphs(document).join('\n'));
  });

  it('in the HTML', () => {
    expectPublic(renderMinutesHtml(edgeCaseMinutes, { audience: 'public' }).text);
  });

  it('in the Markdown', () => {
    expectPublic(renderMinutesMarkdown(edgeCaseMinutes, { audience: 'public' }).text);
  });

  it('in the meeting pack, including its agenda and attachment index', () => {
    const { text } = renderMeetingPackHtml(edgeCaseMinutes, { audience: 'public' });
    expectPublic(text);
  });

  it('also leaves out the sub-items of an internal item, under the one notice', () => {
    const withInternalParent = {
      ...edgeCaseMinutes,
      items: edgeCaseMinutes.items.map((item) =>
        item.id === 'e-4' ? { ...item, internal: true } : item,
      ),
    };
    const { text } = renderMinutesHtml(withInternalParent, { audience: 'public' });
    expect(text).toContain('Punkt 4 är utelämnad i den offentliga versionen (internt).');
    expect(text).not.toContain('Lägesrapport');
    expect(text).not.toContain('Punkt 4 a');
  });

  it('keeps everything in the internal version, which is the default', () => {
    const { text } = renderMinutesHtml(edgeCaseMinutes);
    for (const secret of INTERNAL_TEXT) expect(text).toContain(secret);
    expect(text).not.toContain('utelämnad');
  });
});
