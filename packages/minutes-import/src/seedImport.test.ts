/**
 * The three reference documents import completely: every item, sub-item, presenter, clause with
 * its type, attachment number and attendee, compared with the fixtures of @anteckna/doc-schema
 * that model them (001, 002) and with expectations written from the source (004).
 */
import { describe, expect, test } from 'vitest';
import { buildSeed001Doc, buildSeed002Doc, readMinutes } from '@anteckna/doc-schema';
import type { MinutesModel } from '@anteckna/doc-schema';
import { importForTest, itemLine, rulesOf } from './testSupport/importForTest.ts';
import { seedText } from './testSupport/seedText.ts';

const clauseTypes = (model: MinutesModel) =>
  Object.fromEntries(model.items.map((item) => [item.number, item.decision.map((c) => c.type)]));
const presenterNames = (model: MinutesModel) =>
  Object.fromEntries(
    model.items
      .filter((i) => i.presenters.length > 0)
      .map((i) => [i.number, i.presenters.map((p) => p.name)]),
  );
const attachmentLabels = (model: MinutesModel) =>
  model.items.flatMap((item) => item.attachments.map((a) => `${item.number}: ${a.label}`));

describe('seed 001: table attendance, sub-items 4 a–f, a tabled item, an election', () => {
  const { model, parsed, findings } = importForTest(seedText('001'));

  test('header: organisation lines, both dates, time, room and Teams, Dnr', () => {
    expect(model.meeting).toMatchObject({
      bodyName: 'Länsnätverket för förvaltningschefer',
      bodyShortName: 'Länschefsnätverket',
      organisationLines: [
        'RSS Dalarna (Avdelningen för Hälsa och välfärd)',
        'Ledningsstöd och strategi',
        'Hälso- och sjukvårdsförvaltningen',
      ],
      title: 'Minnesanteckningar Länschefsnätverket',
      date: '2024-12-19',
      documentDate: '2024-12-20',
      startTime: '09.30',
      endTime: '12.00',
      mode: 'both',
      registryNumber: 'HSN 2024/1905',
      attendanceStyle: 'table',
    });
    expect(model.meeting.place).toContain('Stängslet');
  });

  test('every item and sub-item, with kind, standing role and status', () => {
    expect(model.items.map(itemLine)).toEqual([
      '1 [beslut,opening] Mötets öppnande',
      '2 [beslut,agenda_approval] Godkännande av dagordning',
      '3 [beslut,previous_minutes] Föregående minnesanteckningar 241107',
      '4 [rapport] Rapporter och delgivningar',
      '4 a [information] Cosmic Link',
      '4 b [information] Aktuellt på Länsstyrelsen inom mäns våld mot kvinnor',
      '4 c [information,tabled] Arbetsordning LCHNV',
      '4 d [information] Inventering av arbetsgrupper, samverkansgrupper och LAG:ar',
      '4 e [information_beslut] MiniMaria',
      '4 f [rapport] SIP',
      '5 [beslut] Förslag till ny Länsövergripande överenskommelse mellan Region Dalarna och kommunerna i Dalarna, Samverkan vid utskrivning från slutet hälso- och sjukvård',
      '6 [information] Psykisk hälsa-medel 2024',
      '7 [beslut] Ordförande i Länschefs nätverket 2025',
      '8 [beslut] Kalendarium 2025',
      '9 [information,any_other_business] Övriga frågor',
    ]);
  });

  test('the same structure as the fixture modelled on it', () => {
    const fixture = readMinutes(buildSeed001Doc());
    const shape = (m: MinutesModel) =>
      m.items
        .filter((item) => item.standing !== 'closing')
        .map((item) => [
          item.number,
          item.standing,
          item.status,
          item.presenters.length,
          item.parentId === null,
        ]);
    expect(shape(model)).toEqual(shape(fixture));
    // The fixture splits 4 e's compound clause in two and files item 7 as an election ("val");
    // the source writes one clause and the prefix "Beslut:".
    const types = clauseTypes(model);
    const fixtureTypes = clauseTypes(fixture);
    for (const number of Object.keys(types).filter((n) => n !== '4 e')) {
      expect(types[number], number).toEqual(fixtureTypes[number]);
    }
  });

  test('presenters with titles and organisations, with and without a dash', () => {
    expect(presenterNames(model)).toEqual({
      '4 a': ['Ann-Charlott Norman', 'Monica Samilda'],
      '4 b': ['Jasmin Löf'],
      '4 c': ['Jasmin Löf'],
      '4 d': ['Jasmin Löf'],
      '4 e': ['Carina Wadås'],
      '4 f': ['Caroline Mörk'],
      '5': ['Lena Karlsson'],
      '6': ['Stefan Nielsen'],
    });
    const wadas = model.items.find((i) => i.number === '4 e')!.presenters[0]!;
    expect(wadas).toMatchObject({ title: 'Utvecklingsledare' });
    expect(wadas.organisation).toContain('Division Psykiatri och habilitering');
  });

  test('decisions under every heading form, with type and the elected', () => {
    expect(clauseTypes(model)).toMatchObject({
      '1': ['other'],
      '2': ['approve'],
      '3': ['note'],
      '4 c': ['table'],
      '4 e': ['other'],
      '5': ['approve'],
      '7': ['elect', 'elect'],
      '8': ['approve'],
    });
    const elected = model.items.find((i) => i.number === '7')!.decision.map((c) => c.target);
    expect(elected).toEqual(['Ulrika Gärdback', 'Beat Axå']);
    expect(model.items.find((i) => i.number === '7')!.decision[0]!.text).not.toMatch(/ och$/u);
  });

  test('attendance by organisation: 28 people, acting, vacant, every municipality represented', () => {
    const people = model.attendance.flatMap((group) => group.people);
    expect(people).toHaveLength(30);
    expect(people.find((p) => p.name === 'Maria Särnblad')).toMatchObject({
      organisation: 'Älvdalen',
      status: 'acting',
    });
    expect(people.find((p) => p.vacant)).toMatchObject({
      organisation: 'Region Dalarna',
      title: 'Divisionschef Medicin',
    });
    expect(people.find((p) => p.name === 'Stefan Nielsen')).toMatchObject({
      organisation: 'RSS Dalarna',
      title: 'Samordnare',
    });
    expect(model.notRepresented).toEqual([]);
    expect(model.organisations).not.toContain('Kommun');
  });

  test('the page break inside 4 c is joined; the previous minutes are noted', () => {
    const body = model.items.find((i) => i.number === '4 c')!.body;
    expect(body).toHaveLength(2);
    expect(parsed.previousMinutes).toMatchObject({
      meetingDate: '2024-11-07',
      decision: 'lay_to_records',
    });
  });

  test('findings: the struck-through legend, the body name split in two', () => {
    expect(rulesOf(findings)).toEqual(
      expect.arrayContaining(['strikethrough_not_readable', 'body_named_two_ways', 'lines_joined']),
    );
    expect(findings.filter((f) => f.rule === 'line_unrecognised')).toEqual([]);
  });
});

describe('seed 002: running list, Bilaga 9–14, decisions forwarded to Välfärdsrådet', () => {
  const { model, findings } = importForTest(seedText('002'));

  test('header: date without a year takes the year of the meetings it refers to', () => {
    expect(model.meeting).toMatchObject({
      date: '2021-02-19',
      startTime: '09.00',
      endTime: '12.15',
      place: 'Teams',
      mode: 'digital',
      attendanceStyle: 'list',
      firstAttachmentNumber: 9,
    });
    expect(model.meeting.notes).toContain('samt föredragande enligt nedan');
  });

  test('every item and sub-item, with wrapped titles joined', () => {
    expect(model.items.map((i) => i.number)).toEqual(
      readMinutes(buildSeed002Doc()).items.map((i) => i.number),
    );
    expect(model.items.find((i) => i.number === '7')!.title).toBe(
      'Godkännande av reviderad länsövergripande överenskommelse om ansvarsfördelning när kommunen beslutar om placering på hem för vård eller boende (HVB)',
    );
    expect(model.items.find((i) => i.number === '10 a')!.title).toBe(
      'Implementeringsuppdrag regional ÖK rehabilitering, habilitering och hjälpmedel',
    );
  });

  test('clause types and forward targets as in the fixture', () => {
    const fixture = readMinutes(buildSeed002Doc());
    expect(clauseTypes(model)).toEqual(
      expect.objectContaining({
        '2': ['approve'],
        '3': ['note'],
        '4': ['approve'],
        '5': ['approve', 'forward'],
        '6': ['approve', 'forward'],
        '7': ['other', 'forward'],
        '8': ['approve'],
        '9': ['approve'],
        '10 b': ['note'],
      }),
    );
    for (const number of ['2', '3', '4', '5', '6', '8', '9', '10 b'])
      expect(clauseTypes(model)[number], number).toEqual(clauseTypes(fixture)[number]);
    const forwards = model.items.flatMap((i) => i.decision).filter((c) => c.type === 'forward');
    expect(forwards.map((c) => c.target)).toEqual([
      'Välfärdsrådet',
      'Välfärdsrådet',
      'Välfärdsrådet',
    ]);
  });

  test('presenters, with and without the label and the colon', () => {
    expect(presenterNames(model)).toEqual({
      '4': ['Tanja Mårtensson'],
      '5': ['Henrietta Forsman', 'Linn Andersson'],
      '6': ['Therese Aspelin', 'Maria Högkvist'],
      '7': ['Tanja Mårtensson'],
      '8': ['Tanja Mårtensson', 'Maria Högkvist', 'ledamöter i Styrgrupp'],
      '9': ['Agneta Haraldsson', 'Hanna Lundgren'],
      '10 a': ['Henrietta Forsman', 'Helene Almqvist'],
      '10 b': ['Marie Olsson Kindström', 'Eva Nordin Olsson'],
    });
    expect(model.items.find((i) => i.number === '5')!.presenters[1]).toEqual({
      name: 'Linn Andersson',
      title: 'Enhetschef Beroendecentrum Falun',
      organisation: 'Region Dalarna',
    });
  });

  test('Bilaga 9–14 on the items that name them, not uploaded', () => {
    expect(attachmentLabels(model)).toEqual([
      '5: Bilaga 9',
      '6: Bilaga 10',
      '8: Bilaga 11',
      '9: Bilaga 12',
      '10 a: Bilaga 13',
      '10 b: Bilaga 14',
    ]);
    expect(attachmentLabels(model)).toEqual(attachmentLabels(readMinutes(buildSeed002Doc())));
    expect(model.items.flatMap((i) => i.attachments).every((a) => a.notUploaded === true)).toBe(
      true,
    );
  });

  test('the running list: 21 people, one listed twice', () => {
    const people = model.attendance.flatMap((g) => g.people);
    expect(people).toHaveLength(21);
    expect(people.map((p) => p.name)).toContain('Jesper Karlsson');
    expect(model.notRepresented).toEqual([]);
  });

  test("findings: the original's mistakes and the guesses the import made", () => {
    expect(rulesOf(findings)).toEqual(
      expect.arrayContaining([
        'date_year_inferred',
        'person_listed_twice',
        'presenter_label_missing',
        'person_named_two_ways',
        'clause_without_verb',
      ]),
    );
    const verbless = findings.find((f) => f.rule === 'clause_without_verb')!;
    expect(verbless.text).toContain('länsövergripande överenskommelse om ansvarsfördelning');
  });
});

describe('seed 004: a meeting pack with late items 12–14 and proposals', () => {
  const { model, parsed, findings } = importForTest(seedText('004'));

  test('read as a pack: late items with proposals, no decisions', () => {
    expect(parsed.documentKind).toBe('pack');
    expect(model.meeting).toMatchObject({
      date: '2020-03-06',
      startTime: '09.30',
      endTime: '14.00',
      mode: 'room',
      firstAttachmentNumber: 15,
    });
    expect(model.meeting.place).toBe('Myntgatan 2, Falun, lokal Siljan');
    expect(model.meeting.notes).not.toContain('08.30');
    expect(model.items.map(itemLine)).toEqual([
      '1 [beslut,late] Beslut om justerat uppdragsdirektiv och sammansättning av arbetsgrupp samt referensgrupp avseende uppdrag att ta fram en ny länsövergripande överenskommelse om samverkan kring barns och ungas hälsa/ohälsa, Bil 15,16',
      '2 [beslut,late] Beslut om sammansättning av arbetsgrupp samt referensgrupp avseende uppdrag att revidera länsövergripande överenskommelse om samverkan kring personer med psykiska funktionsnedsättningar, Bilaga 17',
      '3 [information,late] Utvärdering av avtal avseende tillnyktringsplatser (TN-platser), Bilaga 18a- 18f',
    ]);
    expect(model.items.every((item) => item.decision.length === 0)).toBe(true);
  });

  test('proposals: the numbered "att" clauses as a list, then the proposed decision', () => {
    const proposal = model.items[0]!.proposal;
    const list = proposal.find((block) => block.type === 'orderedList');
    expect(list?.type === 'orderedList' ? list.items.length : 0).toBe(3);
    expect(JSON.stringify(proposal)).toContain('att godkänna Styrgruppens förslag p.1-3.');
    expect(model.items[1]!.proposal.some((b) => b.type === 'orderedList')).toBe(true);
    expect(JSON.stringify(model.items[2]!.proposal)).toContain('att ärendet öppnas för diskussion');
  });

  test('presenters and attachments Bil 15,16, Bilaga 17, Bilaga 18a–18f', () => {
    expect(presenterNames(model)).toEqual({
      '1': ['Lena Frøyen'],
      '2': ['Lena Fröyen'],
      '3': ['Anna Kjällängs'],
    });
    expect(attachmentLabels(model)).toEqual([
      '1: Bilaga 15',
      '1: Bilaga 16',
      '2: Bilaga 17',
      '3: Bilaga 18a',
      '3: Bilaga 18b',
      '3: Bilaga 18c',
      '3: Bilaga 18d',
      '3: Bilaga 18e',
      '3: Bilaga 18f',
    ]);
  });

  test('[M7] the second time on the Tid line is the förmöte, with the words before it', () => {
    // "Tid: Kommuner och region möte 08.30-09.30, Chefsnätverket: Kl. 09.30-14"
    expect(model.meeting.secondSession).toEqual({
      label: 'Kommuner och region möte',
      date: '2020-03-06',
      startTime: '08.30',
      endTime: '09.30',
      place: '',
    });
  });

  test('findings: the name spelt two ways, numbering from 12; the two times are placed', () => {
    expect(rulesOf(findings)).toEqual(
      expect.arrayContaining(['person_named_two_ways', 'item_number_skipped', 'meeting_pack']),
    );
    expect(rulesOf(findings)).not.toContain('time_ambiguous');
  });
});

describe('nothing is silently dropped', () => {
  test.each(['001', '002', '004'] as const)(
    'every line of %s is in the minutes or in a finding',
    (id) => {
      const { lines, findings } = importForTest(seedText(id));
      const reported = new Set(findings.map((f) => f.line).filter((n) => n !== undefined));
      const lost = lines.filter((line) => line.role === 'unrecognised' && !reported.has(line.n));
      expect(lost).toEqual([]);
      const headerNotes = lines.filter((line) => line.role === 'header');
      expect(headerNotes.length).toBeGreaterThan(0);
    },
  );
});
