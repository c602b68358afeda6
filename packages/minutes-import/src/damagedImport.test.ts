/**
 * Damaged copies of the seeds, made by transforming their text, import and are flagged: page
 * headers inside the text, broken lines, heading variants, a missing "Föredragande:" label, a
 * person listed twice, a header date that disagrees with the meeting, the body's name spelt
 * another way, a clause without a verb, a withdrawn item, an approval with an addendum.
 */
import { describe, expect, test } from 'vitest';
import { plainText } from '@anteckna/doc-schema';
import type { Block, MinutesModel } from '@anteckna/doc-schema';
import { parseMinutesText } from './parseMinutesText.ts';
import { brokenLines, pageHeaderInside, replaceOnce } from './testSupport/damage.ts';
import { importForTest, rulesOf } from './testSupport/importForTest.ts';
import { COUNTY_NETWORK, seedText } from './testSupport/seedText.ts';

const seed001 = seedText('001');
const seed002 = seedText('002');
const clean001 = importForTest(seed001).model;
const clean002 = importForTest(seed002).model;

const bodyText = (blocks: Block[]) =>
  blocks.map((block) => (block.type === 'paragraph' ? plainText(block.runs) : '')).join(' ');
const structure = (model: MinutesModel) =>
  model.items.map((item) => ({
    number: item.number,
    title: item.title,
    kind: item.kind,
    presenters: item.presenters.map((p) => p.name),
    decision: item.decision.map((c) => [c.type, c.text]),
    attachments: item.attachments.map((a) => a.label),
  }));
const normalised = (model: MinutesModel) =>
  model.items.map((item) => bodyText(item.body).replace(/\s+/g, ' '));

describe('damaged copies import with the same structure and are flagged', () => {
  test('page headers inside a paragraph are dropped and the paragraph joined', () => {
    const header = [
      'RSS Dalarna (Avdelningen för Hälsa och välfärd)',
      'Ledningsstöd och strategi',
      'Minnesanteckningar Länschefsnätverket',
      'Datum: 2024-12-20',
      'Dnr: HSN 2024/1905',
      'Sida 3 (5)',
    ];
    const damaged = pageHeaderInside(
      seed001,
      'Styrgruppen för Länschefsnätverket har identifierat att',
      header,
    );
    const { model, findings } = importForTest(damaged);
    expect(structure(model)).toEqual(structure(clean001));
    expect(normalised(model)).toEqual(normalised(clean001));
    const dropped = findings.filter((f) => f.rule === 'page_furniture_dropped').map((f) => f.text);
    expect(dropped).toEqual(header);
    expect(rulesOf(findings)).toContain('lines_joined');
  });

  test('lines broken by OCR and hyphenated are joined again', () => {
    const { model } = importForTest(brokenLines(seed001, 55));
    expect(structure(model)).toEqual(structure(clean001));
    expect(normalised(model)).toEqual(normalised(clean001));
    const { model: model002 } = importForTest(brokenLines(seed002, 50));
    expect(structure(model002).map((i) => [i.number, i.decision.map((d) => d[0])])).toEqual(
      structure(clean002).map((i) => [i.number, i.decision.map((d) => d[0])]),
    );
  });

  test('decision heading variants: "Beslut:", "beslut", no colon, on one line', () => {
    let damaged = replaceOnce(
      seed002,
      'Länschefsnätverket beslutade: \natt godkänna dagordningen.',
      'Beslut: att godkänna dagordningen.',
    );
    damaged = replaceOnce(
      damaged,
      /Länschefsnätverket beslutade: \natt lägga minnesanteckningarna/u,
      'beslut\natt lägga minnesanteckningarna',
    );
    damaged = replaceOnce(
      damaged,
      /Länschefsnätverket beslutade: \natt godkänna arbetsordning/u,
      'Länschefsnätverket beslutade\natt godkänna arbetsordning',
    );
    damaged = replaceOnce(
      damaged,
      /Länschefsnätverket beslutade: \natt godkänna slutredovisningen/u,
      'Beslut:\n\natt godkänna slutredovisningen',
    );
    const { model } = importForTest(damaged);
    expect(structure(model)).toEqual(structure(clean002));
  });

  test('a presenter line without the "Föredragande:" label is read and flagged', () => {
    const damaged = replaceOnce(
      seed001,
      'Föredragande: Lena Karlsson, områdessamordnare',
      'Lena Karlsson, områdessamordnare',
    );
    const { model, findings } = importForTest(damaged);
    expect(model.items.find((i) => i.number === '5')!.presenters.map((p) => p.name)).toEqual([
      'Lena Karlsson',
    ]);
    expect(findings.find((f) => f.rule === 'presenter_label_missing')).toMatchObject({
      text: 'Lena Karlsson, områdessamordnare och ordförande i SUS-gruppen',
      itemId: 'imp-5',
    });
    const noColon = importForTest(
      replaceOnce(seed001, 'Föredragande: Stefan Nielsen', 'Föredragande Stefan Nielsen'),
    ).model;
    expect(noColon.items.find((i) => i.number === '6')!.presenters[0]).toMatchObject({
      name: 'Stefan Nielsen',
      title: 'samordnare RSS',
    });
  });

  test('a person listed twice is taken once and flagged', () => {
    const damaged = replaceOnce(
      seed001,
      'Anna Frisk\tHedemora',
      'Anna Frisk, Jesper Karlsson\tHedemora',
    );
    const { model, findings } = importForTest(damaged);
    expect(model.attendance.flatMap((g) => g.people)).toHaveLength(30);
    expect(findings.find((f) => f.rule === 'person_listed_twice')).toMatchObject({
      text: 'Jesper Karlsson',
    });
  });

  test('a header date before the meeting, and a page header with another date, are flagged', () => {
    let damaged = replaceOnce(seed001, 'Datum: 2024-12-20', 'Datum: 2024-12-09');
    damaged = pageHeaderInside(damaged, 'Kalendarium för 2025 är nu framtaget', [
      'Datum: 2024-12-22',
      'Sida 5 (5)',
    ]);
    const { model, findings } = importForTest(damaged);
    expect(model.meeting).toMatchObject({ date: '2024-12-19', documentDate: '2024-12-09' });
    expect(rulesOf(findings)).toEqual(
      expect.arrayContaining(['document_date_before_meeting', 'header_date_differs']),
    );
  });

  test('the body name spelt another way still heads the decision, and is flagged', () => {
    const damaged = replaceOnce(
      seed002,
      'Länschefsnätverket beslutade: \natt godkänna arbetsordning',
      'Länschefnätverket beslutade: \natt godkänna arbetsordning',
    );
    const { model, findings } = importForTest(damaged);
    expect(structure(model)).toEqual(structure(clean002));
    expect(
      findings.some(
        (f) => f.rule === 'body_named_two_ways' && f.text.includes('Länschefnätverket'),
      ),
    ).toBe(true);
  });

  test('a clause without a verb is kept as written and flagged', () => {
    const damaged = replaceOnce(seed001, 'att godkänna dagordningen.', 'att dagordningen.');
    const { model, findings } = importForTest(damaged);
    expect(model.items[1]!.decision).toEqual([{ type: 'other', text: 'dagordningen' }]);
    expect(findings.some((f) => f.rule === 'clause_without_verb' && f.itemId === 'imp-2')).toBe(
      true,
    );
  });

  test('a withdrawn item keeps its presenters and has no decision', () => {
    const damaged = replaceOnce(
      seed001,
      /Stefan förklarade aktuellt läge[^\n]*\n\nLänschefs nätverket beslutade:\n\natt lägga informationen till handlingarna./u,
      'Ärendet utgår.',
    );
    const { model } = importForTest(damaged);
    const item = model.items.find((i) => i.number === '6')!;
    expect(item).toMatchObject({ status: 'withdrawn', decision: [] });
    expect(item.presenters.map((p) => p.name)).toEqual(['Stefan Nielsen']);
  });

  test('approval of the previous minutes with an addendum is data', () => {
    const damaged = replaceOnce(
      seed001,
      'att lägga minnesanteckningarna till handlingarna.',
      'att godkänna minnesanteckningarna med tillägget att Mora var representerat.',
    );
    const { parsed, model } = importForTest(damaged);
    expect(parsed.previousMinutes).toEqual({
      itemId: 'imp-3',
      meetingDate: '2024-11-07',
      decision: 'approve_with_addendum',
      addendum: 'Mora var representerat',
    });
    expect(model.items[2]!.decision[0]!.type).toBe('approve');
  });

  test('[U2] a forward with a date names its target and its follow-up date, written as due', () => {
    const damaged = replaceOnce(
      seed002,
      'ställningstagande och beslut om rekommendation angående avtal om \ntillnyktringsplatserna.',
      'ställningstagande och beslut om rekommendation angående avtal om \ntillnyktringsplatserna den 25 mars.',
    );
    const { model } = importForTest(damaged);
    expect(model.items.find((i) => i.number === '5')!.decision[1]).toMatchObject({
      type: 'forward',
      target: 'Välfärdsrådet',
      due: '2021-03-25',
    });
    expect(model.items.find((i) => i.number === '5')!.decision[1]).not.toHaveProperty('date');
  });

  test('[U2] a task with a deadline names who is responsible and its due date; a date looked back to is none', () => {
    const damaged = replaceOnce(
      seed002,
      'att godkänna utvärderingsuppdrag av tillnyktringsplatserna i Dalarnas län.',
      'att uppdra åt Styrgruppen att sammanställa utvärderingen senast den 30 april 2021.\n' +
        'att uppdra åt Region Dalarna att redovisa kostnaderna från mötet 2019-05-02.',
    );
    const { model } = importForTest(damaged);
    const [deadline, lookedBack] = model.items
      .flatMap((item) => item.decision)
      .filter((clause) => clause.type === 'task');
    expect(deadline).toMatchObject({ type: 'task', target: 'Styrgruppen', due: '2021-04-30' });
    expect(lookedBack).toMatchObject({ type: 'task' });
    expect(lookedBack).not.toHaveProperty('due');
  });
});

describe('minutes of another body, in another layout', () => {
  const other = [
    'Region Norrland',
    'Protokoll',
    'Regionala samverkansrådet (Samverkansrådet)',
    'Datum: 3 oktober 2023',
    'Tid: 13.00–15.30',
    'Plats: Kommunhuset, Sundsvall',
    '',
    'Deltagare: Karin Ek (ordf.), Olle Berg, Sara Lind (tf), Nils Ahl',
    'Frånvarande: Eva Strand',
    '',
    '§ 1 Mötets öppnande',
    'Ordföranden öppnade mötet.',
    '',
    '§ 2 Föregående protokoll',
    'Beslut: att godkänna protokollet med tillägget att Nils Ahl var närvarande.',
    '',
    '§ 3 Information: Budget 2024',
    'Föredragande Olle Berg, ekonomichef',
    'Budgeten presenterades, se bil. 1.',
    'Samverkansrådet beslutade att lägga informationen till handlingarna.',
    '',
    '§ 4 Val av sekreterare',
    'Beslut',
    'att utse Sara Lind till sekreterare 2024',
    '',
    '§ 5 Remiss om kollektivtrafik',
    'Beslut:',
    'att uppdra åt kansliet att ta fram ett yttrande till nästa möte.',
    'att bordlägga frågan om avgifter.',
  ].join('\n');

  test('items, decisions of every form, attendance and the addendum', () => {
    const { model, parsed, findings } = importForTest(other, {
      bodyName: 'Regionala samverkansrådet',
      bodyShortName: 'Samverkansrådet',
    });
    expect(model.meeting).toMatchObject({
      date: '2023-10-03',
      startTime: '13.00',
      endTime: '15.30',
      title: 'Protokoll',
    });
    expect(model.items.map((i) => `${i.number} ${i.kind} ${i.title}`)).toEqual([
      '1 beslut Mötets öppnande',
      '2 beslut Föregående protokoll',
      '3 information Budget 2024',
      '4 val Val av sekreterare',
      '5 beslut Remiss om kollektivtrafik',
    ]);
    expect(model.items.map((i) => i.decision.map((c) => c.type))).toEqual([
      [],
      ['approve'],
      ['note'],
      ['elect'],
      ['task', 'table'],
    ]);
    expect(model.items[4]!.status).toBe('tabled');
    expect(model.items[2]!.attachments.map((a) => a.label)).toEqual(['Bilaga 1']);
    const people = model.attendance.flatMap((g) => g.people);
    expect(people.map((p) => [p.name, p.status])).toEqual([
      ['Karin Ek', 'present'],
      ['Olle Berg', 'present'],
      ['Sara Lind', 'acting'],
      ['Nils Ahl', 'present'],
      ['Eva Strand', 'absent'],
    ]);
    expect(parsed.previousMinutes?.addendum).toBe('Nils Ahl var närvarande');
    expect(findings.filter((f) => f.rule === 'line_unrecognised')).toEqual([]);
  });
});

describe('a text that is not minutes', () => {
  test('says what was missing', () => {
    const result = parseMinutesText(
      'Hej!\nHär kommer receptet på kanelbullar.\nMjöl, smör, socker.',
      COUNTY_NETWORK,
    );
    expect(result).toMatchObject({ ok: false, missing: ['date', 'items'] });
  });

  test('numbered items without a date miss the date', () => {
    const result = parseMinutesText('1. Mötets öppnande\n2. Övriga frågor', COUNTY_NETWORK);
    expect(result).toMatchObject({ ok: false, missing: ['date'] });
  });
});
