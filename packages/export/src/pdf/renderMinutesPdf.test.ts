import { describe, expect, it } from 'vitest';
import { seed001Minutes } from '../fixtures/seed001Minutes.ts';
import { seed002Minutes } from '../fixtures/seed002Minutes.ts';
import { expectInOrder, pageBodies, pdfPages } from '../testing/pdfInspection.ts';
import { renderMinutesPdf } from './renderPdf.ts';

const header001 = (page: number, total: number) => [
  'RSS Dalarna (Avdelningen för Hälsa och välfärd)',
  'Ledningsstöd och strategi',
  'Hälso- och sjukvårdsförvaltningen',
  'Minnesanteckningar',
  'Datum: 2024-12-20',
  'Dnr: HSN 2024/1905',
  `Sida ${page} (${total})`,
  // The fixture is circulated, not locked: a draft on every page.
  'UTKAST – ej godkänt · version 20 december 2024',
];

describe('renderMinutesPdf: seed 001 (table attendance, sub-items)', async () => {
  const { bytes, warnings } = await renderMinutesPdf(seed001Minutes);
  const pages = await pdfPages(bytes);
  const body = () => pageBodies(pages, (page) => header001(page, pages.length)).join('\n');

  it('repeats the header with organisation, Datum, Dnr and "Sida N (M)" on every page', () => {
    expect(pages.length).toBeGreaterThan(1);
    // pageBodies asserts that each page ends with exactly its header.
    expect(body()).toContain('Minnesanteckningar Länschefsnätverket');
  });

  it('opens with the meeting block: both names of the body, date, time and place', () => {
    expectInOrder(body(), [
      'Länsnätverket för förvaltningschefer (Länschefsnätverket, LCHNV)',
      'Datum: 19 december 2024',
      'Tid: Kl. 09.30–12.00',
      'Plats: Lokal Stängslet, Myntgatan 2 Falun samt digitalt via Teams',
    ]);
  });

  it('lists the attendance by organisation in the order of the seed, with tf and Vakant', () => {
    expectInOrder(body(), [
      'Närvarande',
      'Överstruken = icke närvarande',
      'Avesta Anna-Karin Stillfors',
      'Borlänge Johanna Munters Tommy Berglund',
      'Falun Maria Jonsson Arne Holmström Ulrika Forscoll',
      'Gagnef Ulrika Gärdback',
      'Ludvika Carina Gullemo Jonas Fors',
      'Vansbro Frida Holberg Urban Sundström',
      'Älvdalen Maria Särnblad (tf)',
      'Region Dalarna Åsa Dederling, Hälso- och sjukvårdsdirektör',
      'Vakant, Divisionschef Medicin',
      'Annika Olofsson, Verks.chef Omställning HoS',
      'RSS Dalarna / Hälsa och välfärd',
      'Jasmin Löf, Chef RSS Dalarna',
      'Stefan Nielsen, Samordnare',
      'Samt föredragande enligt nedan.',
    ]);
  });

  it('writes items, sub-items, kind prefixes and att-clauses in the order of the seed', () => {
    expectInOrder(body(), [
      '1. Mötets öppnande',
      'Länschefsnätverket beslutade:',
      'att öppna mötet.',
      '2. Godkännande av dagordning',
      'att godkänna dagordningen.',
      '3. Föregående minnesanteckningar 241107',
      'att lägga minnesanteckningarna till handlingarna.',
      '4. Rapporter och delgivningar',
      'a) Information: Cosmic Link',
      'Föredragande: Ann-Charlott Norman, Planeringschef Ledningsstöd och strategi Hälso- och sjukvård; Monica Samilda',
      'Region Dalarna har beslutat att skjuta upp produktionsstarten',
      'att lägga informationen till handlingarna.',
      'b) Information: Aktuellt på Länsstyrelsen inom mäns våld mot kvinnor',
      'Föredragande: Jasmin Löf, avdelningschef, RSS',
      'att lägga informationen till handlingarna.',
      'c) Information: Arbetsordning LCHNV',
      'att bordlägga punkten till nästa möte.',
      'd) Information: Inventering av arbetsgrupper, samverkansgrupper och LAG:ar',
      'att lägga informationen till handlingarna.',
      'e) Information & beslut: MiniMaria',
      'Föredragande: Carina Wadås, Utvecklingsledare, Utvecklingsenheten Division Psykiatri och habilitering',
      'att skjuta upp beslut om att godkänna de föreslagna inriktningarna',
      'f) Rapport: SIP',
      'att lägga informationen till handlingarna.',
      '5. Beslut: Förslag till ny Länsövergripande överenskommelse mellan Region Dalarna och kommunerna i Dalarna',
      'Föredragande: Lena Karlsson, områdessamordnare och ordförande i SUS-gruppen',
      'att godkänna förslag till ny Länsövergripande överenskommelse',
      '6. Information: Psykisk hälsa-medel 2024',
      'att lägga informationen till handlingarna.',
      '7. Beslut: Ordförande i Länschefs nätverket 2025',
      'att utse Ulrika Gärdback, Socialchef i Gagnefs kommun till ordförande i Länschefs nätverket 2025',
      'att utse Beat Axå, divisionschef Psykiatri och habilitering till vice ordförande',
      '8. Beslut: Kalendarium 2025',
      'att fastställa Styrgruppens förslag till kalendarium för Länschefs nätverket 2025.',
      '9. Övriga frågor',
    ]);
  });

  it('reports no warnings for a complete seed', () => {
    expect(warnings).toEqual([]);
  });
});

describe('renderMinutesPdf: seed 002 (running list, attachments, forwarded decisions)', async () => {
  const { bytes, warnings } = await renderMinutesPdf(seed002Minutes);
  const pages = await pdfPages(bytes);
  const header = (page: number) => [
    'Region Dalarna',
    'Avdelningen för hälsa och välfärd',
    'Minnesanteckningar',
    'Datum: 2021-02-19',
    `Sida ${page} (${pages.length})`,
    'UTKAST – ej godkänt · version 19 februari 2021',
  ];
  const body = () => pageBodies(pages, header).join('\n');

  it('repeats the header on every page and leaves out the Dnr line the meeting lacks', () => {
    expect(body()).not.toContain('Dnr:');
    expect(warnings.map((warning) => warning.code)).toEqual(['missing_registry_number']);
  });

  it('writes the attendance as a running list ending "samt föredragande enligt nedan"', () => {
    expectInOrder(body(), [
      'Tid: Kl. 09.00–12.15',
      'Plats: Teams',
      'Närvarande: Ulrika Gärdback, Tomas Ahlin, Kristina Kumlin Bergenstråle, Jesper Karlsson',
      'Lena Karlsson, Tanja Mårtensson samt föredragande enligt nedan.',
    ]);
  });

  it('writes items, attachments, sub-items and forwarding clauses in the order of the seed', () => {
    expectInOrder(body(), [
      '1. Mötets öppnande',
      '2. Godkännande av dagordning',
      'att godkänna dagordningen.',
      '3. Föregående minnesanteckningar 201218',
      '4. Beslut: Godkännande av arbetsordning för Länsnätverket för förvaltningschefer',
      'Föredragande: Tanja Mårtensson, Avdelningschef hälsa och välfärd, Region Dalarna',
      'att godkänna arbetsordning för Länsnätverket för förvaltningschefer.',
      '5. Beslut: Godkännande av utvärderingsuppdrag av tillnyktringsplatserna i Dalarnas län',
      'Henrietta och Linn föredrog utvärderingen, Bilaga 9.',
      'Bilaga 9: Utvärdering av tillnyktringsplatserna.pdf',
      'att godkänna utvärderingsuppdrag av tillnyktringsplatserna i Dalarnas län.',
      'att Länschefsnätverkets beslut skickas vidare för Välfärdsrådets ställningstagande och beslut om rekommendation angående avtal om tillnyktringsplatserna.',
      '6. Beslut: Godkännande av reviderad länsövergripande överenskommelse om samverkan',
      'Bilaga 10',
      'att Länschefsnätverkets beslut skickas vidare för Välfärdsrådets ställningstagande och beslut om rekommendation.',
      '7. Beslut: Godkännande av reviderad länsövergripande överenskommelse om ansvarsfördelning',
      '8. Beslut: Fortsatt utvecklingsarbete',
      'Bilaga 11',
      '9. Beslut: Godkännande av slutredovisning av ”Uppdrag Kvinnofrid”',
      'Bilaga 12',
      'att godkänna slutredovisningen av Uppdrag Kvinnofrid.',
      '10. Rapporter från pågående uppdrag beslutade i Länschefsnätverket',
      'a) Rapport: Implementeringsuppdrag regional ÖK rehabilitering, habilitering och hjälpmedel',
      'Bilaga 13',
      'b) Rapport: Redovisning av Projekt ungdomshälsa',
      'Bilaga 14',
      'att lägga informationen till handlingarna.',
      '11. Övriga frågor',
      'Remissperioden löper till och med 16 april.',
    ]);
  });
});
