import { describe, expect, it } from 'vitest';
import { edgeCaseMinutes } from '../fixtures/edgeCaseMinutes.ts';
import { seed001Minutes } from '../fixtures/seed001Minutes.ts';
import { seed004Pack } from '../fixtures/seed004Pack.ts';
import { docxParagraphs, docxParts } from '../testing/docxInspection.ts';
import { expectInOrder } from '../testing/pdfInspection.ts';
import { renderMeetingPackDocx, renderMinutesDocx } from './renderDocx.ts';

describe('renderMinutesDocx: seed 001', async () => {
  const { bytes } = await renderMinutesDocx(seed001Minutes);
  const parts = await docxParts(bytes);
  const document = parts.get('word/document.xml') ?? '';
  const text = docxParagraphs(document).join('\n');

  it('holds the meeting, attendance, items and att-clauses in the order of the seed', () => {
    expectInOrder(text, [
      'Minnesanteckningar Länschefsnätverket',
      'Länsnätverket för förvaltningschefer (Länschefsnätverket, LCHNV)',
      'Datum: 19 december 2024',
      'Tid: Kl. 09.30–12.00',
      'Närvarande',
      'Avesta',
      'Anna-Karin Stillfors',
      'Älvdalen',
      'Maria Särnblad (tf)',
      '1. Mötets öppnande',
      'Länschefsnätverket beslutade:',
      'att öppna mötet.',
      '4. Rapporter och delgivningar',
      'a) Information: Cosmic Link',
      'Föredragande: Ann-Charlott Norman',
      'att lägga informationen till handlingarna.',
      'e) Information & beslut: MiniMaria',
      '7. Beslut: Ordförande i Länschefs nätverket 2025',
      'att utse Ulrika Gärdback',
      'att utse Beat Axå',
      '9. Övriga frågor',
    ]);
  });

  it('uses Word heading styles so the outline and navigation pane work', () => {
    expect(document).toContain('<w:pStyle w:val="Heading1"/>');
    expect(document).toContain('<w:pStyle w:val="Heading2"/>');
    expect(document).toContain('<w:pStyle w:val="Heading3"/>');
  });

  it('writes the attendance as a table whose head row repeats on each page', () => {
    expect(document).toContain('<w:tbl>');
    expect(document).toContain('<w:tblHeader/>');
  });

  it('has a page header with organisation, Minnesanteckningar, Datum, Dnr and page fields', () => {
    const headerName = [...parts.keys()].find((name) => /^word\/header\d*\.xml$/.test(name));
    expect(headerName).toBeDefined();
    const header = parts.get(headerName ?? '') ?? '';
    expectInOrder(docxParagraphs(header).join('\n'), [
      'RSS Dalarna (Avdelningen för Hälsa och välfärd)',
      'Hälso- och sjukvårdsförvaltningen',
      'Minnesanteckningar',
      'Datum: 2024-12-20',
      'Dnr: HSN 2024/1905',
      'Sida',
    ]);
    expect(header).toMatch(/PAGE/);
    expect(header).toMatch(/NUMPAGES/);
  });

  it('marks the text as Swedish', () => {
    expect(parts.get('word/styles.xml')).toContain('w:val="sv-SE"');
  });
});

describe('renderMinutesDocx: absent people and the approval', async () => {
  const { bytes } = await renderMinutesDocx(edgeCaseMinutes);
  const document = (await docxParts(bytes)).get('word/document.xml') ?? '';

  it('strikes through absent people', () => {
    expect(document).toMatch(/<w:strike\/>[\s\S]{0,200}Bertil Berg, Fritidschef/);
  });

  it('ends with the approval and the seal', () => {
    const text = docxParagraphs(document).join('\n');
    expectInOrder(text, ['Godkännande', 'Godkända 10 april 2025', 'Sigill (SHA-256):']);
  });
});

describe('renderMeetingPackDocx: seed 004', () => {
  it('holds the late items with their proposals in order', async () => {
    const { bytes } = await renderMeetingPackDocx(seed004Pack);
    const document = (await docxParts(bytes)).get('word/document.xml') ?? '';
    expectInOrder(docxParagraphs(document).join('\n'), [
      'Handlingar Chefsnätverket',
      'Dagordning',
      'Tillkommande ärenden',
      '12. Beslut: Justerat uppdragsdirektiv',
      'Förslag till beslut',
      'att godkänna Styrgruppens förslag p.1-3.',
      '14. Information & beslut: Utvärdering av avtal',
      'Bilagor',
    ]);
  });
});
