/**
 * Protocols and elections in every format, read back from the real files: the election with its
 * term (SPEC rule V4) and the signature block with lines to sign on (rules S1, S4).
 */
import { describe, expect, it } from 'vitest';
import { ELECTED_CHAIR_CLAUSE, protocolMinutes } from './fixtures/protocolMinutes.ts';
import { seed001Minutes } from './fixtures/seed001Minutes.ts';
import { renderMinutesDocx } from './docx/renderDocx.ts';
import { renderMinutesPdf } from './pdf/renderPdf.ts';
import { allFormats } from './testing/allFormats.ts';
import { docxParts } from './testing/docxInspection.ts';
import { expectInOrder, placedText, strokedLines } from './testing/pdfInspection.ts';

describe('elections and the signature block in every format', () => {
  it('[V4] an election reads with its term in the PDF, DOCX, HTML and Markdown', async () => {
    const files = await allFormats(protocolMinutes);
    expect(files.pdfPages.join('\n')).toContain(ELECTED_CHAIR_CLAUSE);
    expect(files.docxBody).toContain(ELECTED_CHAIR_CLAUSE);
    expect(files.html).toContain(ELECTED_CHAIR_CLAUSE);
    expect(files.markdown).toContain(ELECTED_CHAIR_CLAUSE);
  });

  it('[S1][S4] a protocol is titled so and ends with Vid protokollet, Justeras and the place and date', async () => {
    const files = await allFormats(protocolMinutes);
    const order = [
      'Vid protokollet',
      'Sara Lind, sekreterare',
      'Justeras',
      'Ulrika Gärdback, ordförande',
      'Beat Axå, justerare',
      'Ort och datum: Falun, 27 december 2024',
    ];
    const pdf = files.pdfPages.join('\n');
    expect(pdf).toContain('Protokoll Länschefsnätverket');
    expectInOrder(pdf, order);
    expectInOrder(files.docxBody, ['Protokoll', ...order]);
    expect(files.docxHeaders.join('\n')).toContain('Protokoll');
    expect(files.html).toMatch(/<h1[^>]*>Protokoll Länschefsnätverket/);
    expectInOrder(files.html.replace(/<[^>]+>/g, ' '), order);
    expectInOrder(files.markdown, ['# Protokoll', ...order]);
    // The block comes last, after the items.
    expect(pdf.lastIndexOf('Ort och datum')).toBeGreaterThan(pdf.lastIndexOf('Kalendarium'));
  });

  it('[S4] the PDF draws a line to sign on above each printed name, the DOCX a border', async () => {
    const pdf = await renderMinutesPdf(protocolMinutes);
    const placed = await placedText(pdf.bytes);
    const names = ['Sara Lind, sekreterare', 'Ulrika Gärdback, ordförande', 'Beat Axå, justerare'];
    for (const name of names)
      expect(
        placed.some((p) => p.text.includes(name)),
        name,
      ).toBe(true);
    // Three signers, three lines to sign on, each half the text width less the gap between.
    const signLines = strokedLines(pdf.bytes).filter((length) => Math.abs(length - 209.6) < 1);
    expect(signLines).toHaveLength(3);
    const docx = await renderMinutesDocx(protocolMinutes);
    const body = (await docxParts(docx.bytes)).get('word/document.xml') ?? '';
    expect(body.match(/<w:pBdr><w:top /g)?.length).toBe(3);
  });

  it('[S4] signers not chosen yet and no place or date leave lines to fill in by hand', async () => {
    const blank = {
      ...protocolMinutes,
      meeting: {
        ...protocolMinutes.meeting,
        signatures: { place: '', secretary: null, chair: null, adjusters: [] },
      },
    };
    const files = await allFormats(blank);
    expectInOrder(files.markdown, [
      '**Vid protokollet**',
      'sekreterare',
      'ordförande',
      'justerare',
    ]);
    expect(files.markdown).toMatch(/Ort och datum: (\\_){30}/);
    expect(files.html).toContain('<span class="blank"></span>');
    expectInOrder(files.pdfPages.join('\n'), ['Vid protokollet', 'Justeras', 'Ort och datum:']);
  });

  it('[S1] minutes without the block are minnesanteckningar, with no signatures', async () => {
    const files = await allFormats(seed001Minutes);
    expect(files.markdown).not.toContain('Vid protokollet');
    expect(files.docxBody).not.toContain('Justeras');
    expect(files.pdfPages[0]).toContain('Minnesanteckningar');
  });
});
