import { describe, expect, it } from 'vitest';
import { seed004Pack } from '../fixtures/seed004Pack.ts';
import { expectInOrder, pageBodies, pdfPages, pdfSource } from '../testing/pdfInspection.ts';
import { renderMeetingPackPdf } from './renderPdf.ts';

describe('renderMeetingPackPdf: seed 004 (late items, proposals, attachments)', async () => {
  const { bytes } = await renderMeetingPackPdf(seed004Pack);
  const pages = await pdfPages(bytes);
  const header = (page: number) => [
    'Region Dalarna',
    'Avdelningen för hälsa och välfärd',
    'Handlingar',
    'Datum: 2020-02-28',
    `Sida ${page} (${pages.length})`,
    'UTKAST – ej godkänt · version 28 februari 2020',
  ];
  const body = () => pageBodies(pages, header).join('\n');

  it('repeats the "Handlingar" header on every page', () => {
    expect(pages.length).toBeGreaterThan(1);
    expect(body()).toContain('Handlingar Chefsnätverket');
  });

  it('opens with the meeting, its notes and the agenda', () => {
    expectInOrder(body(), [
      'Länsnätverket för förvaltningschefer (Chefsnätverket)',
      'Datum: 6 mars 2020',
      'Tid: Kl. 09.30–14.00',
      'Plats: Myntgatan 2, Falun, lokal Siljan',
      'Kommuner och region möte 08.30–09.30.',
      'Dessa handlingar finns att tillgå på: www.regiondalarna.se/lansnatverk',
      'Dagordning',
      '12. Beslut: Justerat uppdragsdirektiv',
      '13. Beslut: Sammansättning av arbetsgrupp',
      '14. Information & beslut: Utvärdering av avtal avseende tillnyktringsplatser (TN-platser)',
    ]);
  });

  it('groups the late items under "Tillkommande ärenden" with presenters, background and proposals', () => {
    expectInOrder(body(), [
      'Tillkommande ärenden',
      '12. Beslut: Justerat uppdragsdirektiv',
      'Föredragande: Lena Frøyen',
      'På Chefsnätverkets sammanträde 200207 beslutades att föreliggande uppdragsdirektiv skulle justeras',
      'Styrgruppen föreslår',
      '1. att godkänna justerat uppdragsdirektiv',
      '2. att efter kommunernas och regionens förmöten besluta',
      '3. att Styrgruppen får mandat av Chefsnätverket',
      'Bilaga 15: Uppdragsdirektiv barns och ungas hälsa, justerat.pdf',
      'Bilaga 16: Sammanställning nomineringar.pdf',
      'Förslag till beslut',
      'Chefsnätverket beslutar',
      'att godkänna Styrgruppens förslag p.1-3.',
      '13. Beslut: Sammansättning av arbetsgrupp',
      'Föredragande: Lena Fröyen',
      'Bilaga 17',
      'att godkänna Styrgruppens förslag p.1-2.',
      '14. Information & beslut: Utvärdering av avtal',
      'Föredragande: Anna Kjällängs',
      'att ärendet öppnas för diskussion i Chefsnätverket.',
      'Bilaga 18a',
      'Bilaga 18f',
    ]);
    expect(body()).not.toContain('Ärenden\n');
  });

  it('ends with the list of attachments by number and item', () => {
    expectInOrder(body(), [
      'Bilagor',
      'Bilaga 15: Uppdragsdirektiv barns och ungas hälsa, justerat.pdf (punkt 12)',
      'Bilaga 16: Sammanställning nomineringar.pdf (punkt 12)',
      'Bilaga 17: Sammanställning nomineringar psykisk funktionsnedsättning.pdf (punkt 13)',
      'Bilaga 18a: Utvärdering TN-platser, del a.pdf (punkt 14)',
      'Bilaga 18f: Utvärdering TN-platser, del f.pdf (punkt 14)',
    ]);
  });

  it('is a tagged PDF/A-2a file with lists tagged as L, LI, Lbl and LBody', () => {
    const source = pdfSource(bytes);
    expect(source).toMatch(/<pdfaid:part>2<\/pdfaid:part>/);
    for (const type of ['L', 'LI', 'Lbl', 'LBody', 'H1', 'H2', 'H3']) {
      expect(source, type).toMatch(new RegExp(`/S /${type}\\b`));
    }
  });
});
