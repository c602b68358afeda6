import { describe, expect, test } from 'vitest';
import type { AgendaItem, MinutesModel } from '../minutesModel.ts';
import { checkMinutes } from './checkMinutes.ts';
import { clauseHasVerb } from './clauseVerbs.ts';
import { samePersonTwoWays } from './personNames.ts';

function item(number: string, patch: Partial<AgendaItem> = {}): AgendaItem {
  return {
    id: `i${number.replace(' ', '')}`,
    parentId: null,
    number,
    depth: number.includes(' ') ? 1 : 0,
    kind: 'beslut',
    title: `Punkt ${number}`,
    standing: null,
    late: false,
    status: 'active',
    internal: false,
    presenterIds: [],
    presenters: [],
    attachments: [],
    body: [],
    proposal: [],
    decision: [],
    ...patch,
  };
}

function model(
  patch: Partial<MinutesModel> = {},
  meeting: Partial<MinutesModel['meeting']> = {},
): MinutesModel {
  return {
    schemaVersion: 2,
    meeting: {
      bodyName: 'Länsnätverket för förvaltningschefer',
      bodyShortName: 'Länschefsnätverket',
      organisationLines: [],
      title: 'Minnesanteckningar',
      date: '2025-02-13',
      documentDate: '2025-02-14',
      startTime: '',
      endTime: '',
      place: '',
      mode: 'room',
      registryNumber: '',
      phase: 'preparation',
      attendanceStyle: 'table',
      notes: '',
      ...meeting,
    },
    organisations: [],
    attendance: [],
    notRepresented: [],
    items: [item('1')],
    approval: null,
    ...patch,
  };
}

const text = (value: string) => [{ type: 'paragraph' as const, runs: [{ text: value }] }];
const attachment = (number: string) => ({
  id: `a${number}`,
  number,
  label: `Bilaga ${number}`,
  fileName: 'f.pdf',
  sha256: '',
  size: 1,
  mediaType: 'application/pdf',
  internal: false,
});
const ids = (m: MinutesModel) => checkMinutes(m).map((issue) => issue.rule);

describe('the rules of the mistake check', () => {
  test('[K1] close names are one person named two ways; different people are not', () => {
    expect(samePersonTwoWays('Maria Ronsten', 'Maia Ronsten')).toBe(true);
    expect(samePersonTwoWays('Elisabet Zimmer', 'Elisabeth Zimmer')).toBe(true);
    expect(samePersonTwoWays('Tanja aMårtensson', 'Tanja Mårtensson')).toBe(true);
    expect(samePersonTwoWays('Kristina Holm', 'Kristin Holm')).toBe(true);
    expect(samePersonTwoWays('Jesper Karlsson', 'Lena Karlsson')).toBe(false);
    expect(samePersonTwoWays('Stefan Nielsen', 'Linus Nielsen')).toBe(false);
    expect(samePersonTwoWays('Anna Berg', 'Anna Berg')).toBe(false);
  });

  test('[K1] across attendance and presenters, and in text, each pair once', () => {
    const m = model({
      attendance: [
        {
          organisation: 'Falun',
          people: [
            { personId: 'p1', name: 'Helen Kastemyr', organisation: 'Falun', status: 'present' },
          ],
        },
      ],
      items: [
        item('1', {
          presenters: [{ name: 'Helene Kastemyr' }],
          body: text('Helene Kastemyr och Helen Kastemyr tog frågan vidare.'),
        }),
        item('2', { body: text('Därefter föredrog Helen Kastenmyr ärendet.') }),
      ],
    });
    const issues = checkMinutes(m).filter((issue) => issue.rule === 'person_named_two_ways');
    expect(issues.map((issue) => [issue.text, issue.message, issue.itemId])).toEqual([
      [
        'Helen Kastemyr',
        'Samma person stavas på två sätt: ”Helen Kastemyr” och ”Helene Kastemyr”.',
        'i1',
      ],
      [
        'Helen Kastenmyr',
        'Samma person stavas på två sätt: ”Helen Kastenmyr” och ”Helen Kastemyr”.',
        'i2',
      ],
    ]);
  });

  test('[K2] the body split, lowercased or misspelt is flagged; its genitive and full name are not', () => {
    const flagged = (value: string) =>
      checkMinutes(model({ items: [item('1', { body: text(value) })] })).map((issue) => issue.text);
    expect(flagged('Länschefs nätverket beslutade.')).toEqual(['Länschefs nätverket']);
    expect(flagged('Länschefs-nätverkets möte.')).toEqual(['Länschefs-nätverkets']);
    expect(flagged('i länschefsnätverket')).toEqual(['länschefsnätverket']);
    expect(flagged('Länschefnätverket beslutade.')).toEqual(['Länschefnätverket']);
    expect(flagged('Länsnätverket för förvaltnings chefer beslutade.')).toEqual([
      'Länsnätverket för förvaltnings chefer',
    ]);
    expect(
      flagged(
        'Länschefsnätverkets beslut och Länsnätverket för förvaltningschefer i Länschefsnätverket.',
      ),
    ).toEqual([]);
    expect(flagged('Chefsnätverket och nätverket.')).toEqual([]);
  });

  test('[K3] the document date may not precede the meeting nor follow it by more than 30 days', () => {
    expect(ids(model({}, { documentDate: '2025-02-12' }))).toEqual([
      'document_date_before_meeting',
    ]);
    expect(ids(model({}, { documentDate: '2025-02-13' }))).toEqual([]);
    expect(ids(model({}, { documentDate: '2025-03-15' }))).toEqual([]);
    expect(ids(model({}, { documentDate: '2025-03-16' }))).toEqual([
      'document_date_long_after_meeting',
    ]);
    expect(
      checkMinutes(model({}, { documentDate: '2025-03-16' }), { maxDocumentDateLagDays: 60 }),
    ).toEqual([]);
    expect(ids(model({}, { documentDate: '' }))).toEqual([]);
  });

  test('[K4] clauses from the seeds pass; a noun phrase after "att" does not', () => {
    const passing = [
      'lägga informationen till handlingarna',
      'godkänna dagordningen',
      'bordlägga punkten till nästa möte',
      'skjuta upp beslut om att godkänna de föreslagna inriktningarna',
      'utse Ulrika Gärdback till ordförande',
      'fastställa Styrgruppens förslag till kalendarium',
      'Länschefsnätverkets beslut skickas vidare för Välfärdsrådets ställningstagande',
      'uppdra åt arbetsgruppen att ta fram ett utkast',
      'öppna mötet',
      'inte gå vidare med förslaget',
      'Styrgruppen får mandat av Chefsnätverket att tillse detta',
      'kommunerna fakturerar sina delar',
      'ge Styrgruppen i uppdrag att revidera överenskommelsen',
      'alla kommuner deltar i arbetet',
      'efter kommunernas och regionens förmöten besluta vilka av de nominerade som ska ingå',
      'ett nytt avtal bör ha träffats innan 30 juni',
      'det finns en plan',
      'Region Dalarna ges i uppdrag att utreda frågan',
    ];
    for (const clause of passing) expect(clauseHasVerb(clause), clause).toBe(true);
    const failing = [
      'länsövergripande överenskommelse om ansvarsfördelning när kommunen beslutar om placering',
      'ny överenskommelse om samverkan',
      'samtliga kommuner',
      'dessa riktlinjer',
      'budget 2025',
      'efter förmötet',
    ];
    for (const clause of failing) expect(clauseHasVerb(clause), clause).toBe(false);
    const m = model({
      items: [
        item('1', { decision: [{ type: 'other', text: 'ny överenskommelse om samverkan' }] }),
      ],
    });
    expect(checkMinutes(m)).toEqual([
      {
        rule: 'clause_without_verb',
        itemId: 'i1',
        severity: 'error',
        text: 'ny överenskommelse om samverkan',
        message: 'En att-sats saknar verb: ”att ny överenskommelse om samverkan”.',
      },
    ]);
  });

  test('[K5] item numbers that skip or repeat are flagged', () => {
    const m = model({
      items: [item('1'), item('2'), item('2 a'), item('2 c'), item('4'), item('4')],
    });
    expect(checkMinutes(m).map((issue) => [issue.rule, issue.text])).toEqual([
      ['item_number_skipped', '2 c'],
      ['item_number_skipped', '4'],
      ['item_number_repeated', '4'],
    ]);
  });

  test('[K5] attachment numbers that skip or repeat are flagged; lettered parts of one number are not', () => {
    const m = model({
      items: [
        item('1', { attachments: [attachment('9'), attachment('10')] }),
        item('2', {
          attachments: [attachment('12'), attachment('12'), attachment('13a'), attachment('13b')],
        }),
      ],
    });
    expect(checkMinutes(m).map((issue) => [issue.rule, issue.text])).toEqual([
      ['attachment_number_skipped', '12'],
      ['attachment_number_repeated', '12'],
    ]);
  });

  test('[K6] references to attachments must name one that exists, in any of the usual spellings', () => {
    const m = model({
      items: [
        item('1', {
          attachments: [attachment('15'), attachment('16'), attachment('17a'), attachment('17b')],
        }),
        item('2', {
          body: text(
            'Se Bil 15,16 och bilaga 17a- 17B samt bilaga 17. Även bilaga 18 och Bil. 19, men inte som bilaga till avtalet.',
          ),
        }),
      ],
    });
    expect(checkMinutes(m).map((issue) => [issue.rule, issue.itemId, issue.text])).toEqual([
      ['attachment_reference_missing', 'i2', 'bilaga 18'],
      ['attachment_reference_missing', 'i2', 'Bil. 19'],
    ]);
  });

  test('[K7] a typed "not represented" list may only name organisations with no one present', () => {
    const present = (
      organisation: string,
      name: string,
      status: 'present' | 'absent' | 'acting',
    ) => ({
      organisation,
      people: [{ personId: organisation, name, organisation, status }],
    });
    const base = {
      organisations: ['Orsa', 'Mora', 'Malung-Sälen'],
      attendance: [
        present('Orsa', 'Gustav Norling', 'absent'),
        present('Mora', 'Helena Frid', 'acting'),
        present('Malung-Sälen', 'Therese Lund', 'present'),
      ],
    };
    const flagged = (notes: string) =>
      checkMinutes(model(base, { notes })).map((issue) => issue.message.split(' ')[0]);
    expect(flagged('Ej representerade: Orsa och Mora.')).toEqual(['Mora']);
    expect(
      flagged('Följande kommuner var inte representerade: Orsa. Mora deltog digitalt.'),
    ).toEqual([]);
    expect(flagged('Orsa var icke representerat, inte heller Malung-Sälens ersättare.')).toEqual([
      'Malung-Sälen',
    ]);
    expect(flagged('Orsa och Mora närvarade.')).toEqual([]);
  });

  test('[K2] an alias the body registered is a right spelling, its genitive too', () => {
    const found = (value: string, bodyAliases: string[] = []) =>
      checkMinutes(model({ items: [item('1', { body: text(value) })] }), { bodyAliases }).map(
        (issue) => issue.text,
      );
    expect(found('Länschefsnätverk och Länschefsnätverks möte.')).toEqual([
      'Länschefsnätverk',
      'Länschefsnätverks',
    ]);
    expect(found('Länschefsnätverk och Länschefsnätverks möte.', ['Länschefsnätverk'])).toEqual([]);
    expect(found('Chefsnätverket beslutade.', ['Chefsnätverket'])).toEqual([]);
  });

  test('[K13] organisations: genitive, the compound form and the full name pass; a slip, a split or missing dots over å, ä, ö do not', () => {
    const organisations = ['Säter', 'Falun', 'Malung-Sälen', 'Region Dalarna', 'Mora', 'Orsa'];
    const found = (value: string) =>
      checkMinutes(model({ items: [item('1', { body: text(value) })] }), { organisations }).map(
        (issue) => [issue.rule, issue.text],
      );
    expect(
      found(
        'Säters kommun, Falu kommun, Faluns socialtjänst, Malung-Sälens kommun och Region Dalarnas förslag. Mora och Orsa.',
      ),
    ).toEqual([]);
    expect(found('Sätters kommun och Sater.')).toEqual([
      ['organisation_named_two_ways', 'Sätters'],
      ['organisation_named_two_ways', 'Sater'],
    ]);
    expect(found('Malung Sälen och Regíon Dalarna.')).toEqual([
      ['organisation_named_two_ways', 'Malung Sälen'],
      ['organisation_named_two_ways', 'Regíon Dalarna'],
    ]);
    // Ordinary words are not names: a verb, a lowercase noun, a short word one letter off.
    expect(found('Hon sätter upp orsaken. Orsak och Mona.')).toEqual([]);
  });

  test('[K13] an attendance entry under an organisation spelt another way is flagged', () => {
    const m = model({
      organisations: ['Säter'],
      attendance: [
        {
          organisation: 'Sätter',
          people: [
            { personId: 'p1', name: 'Anna Berg', organisation: 'Sätter', status: 'present' },
          ],
        },
      ],
    });
    expect(checkMinutes(m).map((issue) => [issue.rule, issue.itemId, issue.text])).toEqual([
      ['organisation_named_two_ways', null, 'Sätter'],
    ]);
  });

  test('[K14] other bodies: the name, its genitive, its aliases and the body’s own names pass; a slip does not', () => {
    const otherBodies = [{ name: 'Välfärdsrådet Dalarna', shortName: 'Välfärdsrådet' }];
    const found = (value: string) =>
      checkMinutes(model({ items: [item('1', { body: text(value) })] }), { otherBodies }).map(
        (issue) => [issue.rule, issue.text],
      );
    expect(found('Välfärdsrådets beslut, Välfärdsrådet Dalarna och Länschefsnätverket.')).toEqual(
      [],
    );
    const aliased = checkMinutes(
      model({ items: [item('1', { body: text('Rådet i Välfärdsrådt.') })] }),
      { otherBodies: [{ ...otherBodies[0]!, aliases: ['Välfärdsrådt'] }] },
    );
    expect(aliased).toEqual([]);
    expect(found('Skickas till Välfärds rådet och Vålfärdsrådet.')).toEqual([
      ['other_body_named_two_ways', 'Välfärds rådet'],
      ['other_body_named_two_ways', 'Vålfärdsrådet'],
    ]);
  });

  test('[K11] "att" alone or a clause of dots and dashes is empty', () => {
    const m = model({
      items: [
        item('1', {
          decision: [
            { type: 'other', text: 'att' },
            { type: 'other', text: '– –' },
            { type: 'approve', text: 'godkänna dagordningen' },
          ],
        }),
      ],
    });
    expect(checkMinutes(m).map((issue) => [issue.rule, issue.text])).toEqual([
      ['clause_empty', 'att'],
      ['clause_empty', '– –'],
    ]);
  });

  test('[K12] the same name twice, case and spacing aside, is one person listed twice; a vacant seat is not', () => {
    const entry = (personId: string, name: string, organisation: string, vacant = false) => ({
      personId,
      name,
      organisation,
      status: 'absent' as const,
      ...(vacant ? { vacant } : {}),
    });
    const m = model({
      attendance: [
        {
          organisation: 'Mora',
          people: [entry('a', 'Anna  Berg', 'Mora'), entry('v1', 'Vakant', 'Mora', true)],
        },
        {
          organisation: 'Orsa',
          people: [entry('b', 'anna berg', 'Orsa'), entry('v2', 'Vakant', 'Orsa', true)],
        },
      ],
    });
    expect(checkMinutes(m).map((issue) => [issue.rule, issue.itemId, issue.text])).toEqual([
      ['person_listed_twice', null, 'Anna  Berg'],
    ]);
  });

  test('[K15] approving at a meeting held before the minutes’ own meeting is an error', () => {
    expect(ids(model())).toEqual([]);
    expect(
      checkMinutes(model(), { approvingMeetingDate: '2025-02-12' }).map((issue) => [
        issue.rule,
        issue.text,
      ]),
    ).toEqual([['approval_before_meeting', '2025-02-12']]);
    expect(checkMinutes(model(), { approvingMeetingDate: '2025-03-20' })).toEqual([]);
  });

  test('[K9][K10] an untitled decision item in a held meeting is both untitled and undecided', () => {
    const m = model({ items: [item('1', { title: '' })] }, { phase: 'live' });
    expect(ids(m)).toEqual(['item_without_title', 'decision_missing']);
  });
});
