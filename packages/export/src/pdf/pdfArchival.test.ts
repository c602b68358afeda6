import { describe, expect, it } from 'vitest';
import { edgeCaseMinutes, SEAL } from '../fixtures/edgeCaseMinutes.ts';
import { seed001Minutes } from '../fixtures/seed001Minutes.ts';
import { normaliseText, pdfPages, pdfSource } from '../testing/pdfInspection.ts';
import { renderMinutesPdf } from './renderPdf.ts';

const STANDARD_14 = /\/BaseFont\s*\/(Courier|Helvetica|Times|Symbol|ZapfDingbats)/;

describe('the minutes PDF as an archival document (PDF/A-2a)', async () => {
  const { bytes } = await renderMinutesPdf(seed001Minutes);
  const source = pdfSource(bytes);

  it('declares PDF/A-2, conformance A, in its XMP metadata', () => {
    expect(source).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    expect(source).toMatch(/<pdfaid:conformance>A<\/pdfaid:conformance>/);
    expect(source).toMatch(/\/OutputIntents/);
  });

  it('is tagged: MarkInfo says Marked true and the catalog has a structure tree', () => {
    const markInfo = /\/MarkInfo (\d+) 0 R/.exec(source);
    expect(markInfo).not.toBeNull();
    expect(source).toMatch(new RegExp(`\\n${markInfo?.[1]} 0 obj\\s*<<\\s*/Marked true\\s*>>`));
    expect(source).toMatch(/\/StructTreeRoot \d+ 0 R/);
  });

  it('tags headings, paragraphs, lists and the attendance table', () => {
    for (const type of ['Document', 'H1', 'H2', 'H3', 'P', 'Sect', 'Table', 'TR', 'TH', 'TD']) {
      expect(source, type).toMatch(new RegExp(`/S /${type}\\b`));
    }
    expect(source).toMatch(/\/Scope \/Column/);
    expect(source).toMatch(/\/Scope \/Row/);
  });

  it('states its language and shows its title', () => {
    expect(source).toContain('/Lang (sv-SE)');
    expect(source).toMatch(/\/DisplayDocTitle true/);
    expect(source).toContain('Minnesanteckningar Länschefsnätverket 19 december 2024');
  });

  it('embeds every font it uses and never falls back on a standard-14 font', async () => {
    const styled = pdfSource((await renderMinutesPdf(edgeCaseMinutes)).bytes);
    for (const pdf of [source, styled]) {
      const descriptors = pdf.match(/\/Type \/FontDescriptor/g) ?? [];
      const embedded = pdf.match(/\/FontFile2 \d+ 0 R/g) ?? [];
      expect(descriptors.length).toBeGreaterThan(0);
      expect(embedded.length).toBe(descriptors.length);
      expect(pdf).not.toMatch(STANDARD_14);
      expect(pdf).not.toMatch(/\/Subtype \/Type1\b/);
    }
    for (const face of [
      'DejaVuSans',
      'DejaVuSans-Bold',
      'DejaVuSans-Oblique',
      'DejaVuSans-BoldOblique',
    ]) {
      expect(styled, face).toMatch(new RegExp(`/BaseFont /[A-Z]{6}\\+${face}\\b`));
    }
  });

  it('is A4', () => {
    expect(source).toMatch(/\/MediaBox \[0 0 595\.28 841\.89\]/);
  });
});

describe('reproducible and sealed PDFs', () => {
  it('gives the same bytes twice when the creation date is fixed', async () => {
    const creationDate = new Date('2025-04-10T10:12:00.000Z');
    const first = await renderMinutesPdf(seed001Minutes, { creationDate });
    const second = await renderMinutesPdf(seed001Minutes, { creationDate });
    expect(Buffer.from(first.bytes).equals(Buffer.from(second.bytes))).toBe(true);
    expect(pdfSource(first.bytes)).toContain(
      '<xmp:CreateDate>2025-04-10T10:12:00Z</xmp:CreateDate>',
    );
  });

  it('ends locked minutes with the approval, its addendum and the seal on the last page', async () => {
    const { bytes } = await renderMinutesPdf(edgeCaseMinutes);
    const pages = await pdfPages(bytes);
    const last = normaliseText(pages[pages.length - 1] ?? '');
    expect(last).toContain(
      'Godkända 10 april 2025 av Exempelnätverket med tillägget att punkt 6 ska ange mandatperioden.',
    );
    expect(last).toContain(`Sigill (SHA-256): ${SEAL}`);
    for (const page of pages.slice(0, -1)) expect(page).not.toContain('Godkända');
  });

  it('writes an ampersand in the title so that Info and XMP still agree', async () => {
    const { bytes } = await renderMinutesPdf(edgeCaseMinutes);
    const source = pdfSource(bytes);
    expect(source).toContain('<rdf:li>Exempelnätverket för kultur och fritid</rdf:li>');
    expect(source).not.toMatch(/<rdf:li>[^<]*&[^<]*<\/rdf:li>/);
  });
});
