import { seededRandom } from '../stats/seededRandom.ts';
import { ARCHIVE_BODIES, type ArchiveBody } from './archiveBodies.ts';
import type { SeedVocabulary } from './seedVocabulary.ts';

export const FIRST_NAMES = [
  'Anna',
  'Maria',
  'Karin',
  'Eva',
  'Lena',
  'Kristina',
  'Sara',
  'Ingrid',
  'Ulrika',
  'Johanna',
  'Malin',
  'Frida',
  'Helena',
  'Camilla',
  'Therese',
  'Linnea',
  'Åsa',
  'Märta',
  'Birgitta',
  'Agneta',
  'Erik',
  'Lars',
  'Anders',
  'Per',
  'Jonas',
  'Mikael',
  'Fredrik',
  'Magnus',
  'Tomas',
  'Henrik',
  'Stefan',
  'Björn',
  'Göran',
  'Håkan',
  'Jörgen',
  'Mattias',
  'Oskar',
  'Nils',
  'Urban',
  'Arne',
];
export const SURNAMES = [
  'Andersson',
  'Johansson',
  'Karlsson',
  'Nilsson',
  'Eriksson',
  'Larsson',
  'Olsson',
  'Persson',
  'Svensson',
  'Gustafsson',
  'Lindberg',
  'Lindström',
  'Holmström',
  'Bergström',
  'Sjöberg',
  'Forsberg',
  'Åkesson',
  'Öberg',
  'Ståhl',
  'Gärdback',
  'Hjortsberg',
  'Lindén',
  'Särnblad',
  'Frøyen',
  'Kjällängs',
  'Munters',
  'Dederling',
  'Björsland',
  'Nystedt',
  'Wadås',
  'Mörk',
  'Fors',
  'Zimmer',
  'Ronsten',
  'Alami',
  'Kumlin',
  'Thureson',
  'Samilda',
  'Löf',
  'Granath',
];
const TITLES = [
  'socialchef',
  'förvaltningschef',
  'verksamhetschef',
  'utvecklingsledare',
  'avdelningschef',
  'enhetschef',
  'områdessamordnare',
  'divisionschef',
  'planeringschef',
  'samordnare',
];
const PLACES = [
  'Lokal Stängslet, Myntgatan 2, Falun, samt digitalt via Teams',
  'Lokal Siljan, Myntgatan 2, Falun',
  'Teams',
  'Kommunhuset, Borlänge',
  'Hotell Dalecarlia, Tällberg',
  'Folkets hus, Mora',
];
const ASSIGNEES = ['arbetsgruppen', 'styrgruppen', 'RSS', 'referensgruppen', 'kansliet'];
/** Compound joints as Swedish makes them: "samverkan" + "s" + "avtal", "hälso" + "plan". */
const JOINTS = ['', '', 's', 'e'];
const ENDINGS = ['', '', '', 'en', 'et', 'erna', 'ens', 's', 'ar', 'na'];

export interface ArchivePerson {
  name: string;
  organisation: string;
  title: string;
}

/** One meeting of the archive: its date, and the date of the meeting before (its minutes approved). */
export interface ArchiveMeeting {
  date: string;
  previousDate: string | null;
}

/**
 * Meeting dates: `perYear` a year (no meeting in July), from `firstYear` on, a weekday near the
 * middle of the month; in order.
 */
export function archiveMeetingDates(firstYear: number, years: number, perYear: number) {
  const months = [1, 2, 3, 4, 5, 6, 8, 9, 10, 11, 12].slice(0, Math.min(11, perYear));
  const meetings: ArchiveMeeting[] = [];
  for (let year = firstYear; year < firstYear + years; year++) {
    for (const [index, month] of months.entries()) {
      let day = 12 + ((year * 7 + index * 3) % 10);
      while ([0, 6].includes(new Date(Date.UTC(year, month - 1, day)).getUTCDay())) day++;
      const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
      meetings.push({ date, previousDate: meetings.at(-1)?.date ?? null });
    }
  }
  return meetings;
}

/**
 * Minutes of the synthetic archive as a secretary would have typed them in Word, in the form of
 * the seeds (header, attendance by name and organisation, numbered items with sub-items,
 * presenters, paragraphs, "<Organ> beslutade:" and att-clauses of every kind), with text made
 * from the seeds' words. Deterministic: a body and a date give the same minutes on every run.
 */
export function createArchiveWriter(vocabulary: SeedVocabulary) {
  const topicRandom = seededRandom(20261205);
  const compound = (random: () => number): string => {
    const words = vocabulary.nouns;
    if (random() < 0.2) return words[zipf(words.length, random)]!;
    for (;;) {
      const first = words[zipf(words.length, random)]!;
      const second = words[zipf(words.length, random)]!;
      const stem = first.replace(/(?:en|et|erna)$/u, '');
      const word = `${stem}${pick(JOINTS, random)}${second}`;
      if (first !== second && word.length <= 30) return word;
    }
  };
  // A county's topics: many shared by every body, each body with topics of its own.
  const sharedTopics = Array.from({ length: 300 }, () => compound(topicRandom));
  const topicsOf = new Map(
    ARCHIVE_BODIES.map((body) => [
      body.key,
      Array.from({ length: 120 }, (_, index) =>
        index % 2 === 0 ? sharedTopics[zipf(300, topicRandom)]! : compound(topicRandom),
      ),
    ]),
  );

  return {
    /** The body's topics, the most discussed first: the last ones come up in few meetings. */
    topicsOf(body: ArchiveBody): readonly string[] {
      return topicsOf.get(body.key)!;
    },

    /** The body's members in the year: most stay from year to year, a few are replaced. */
    peopleOf(body: ArchiveBody, year: number): ArchivePerson[] {
      return body.memberOrganisations.map((organisation, seat) => {
        const term = Math.floor((year + seat) / 4);
        const random = seededRandom(hash(`${body.key}/${seat}/${term}`));
        return {
          name: `${pick(FIRST_NAMES, random)} ${pick(SURNAMES, random)}`,
          organisation,
          title: pick(TITLES, random),
        };
      });
    },

    minutesText(body: ArchiveBody, meeting: ArchiveMeeting): string {
      const random = seededRandom(hash(`${body.key}/${meeting.date}`));
      const year = Number(meeting.date.slice(0, 4));
      const people = this.peopleOf(body, year);
      const topics = topicsOf.get(body.key)!;
      const topic = () => topics[zipf(topics.length, random)]!;
      const inflected = (word: string) => `${word}${pick(ENDINGS, random)}`;
      const sentences = (count: number, about: string) =>
        Array.from({ length: count }, (_, index) => {
          const sentence = vocabulary.sentence(random);
          if (index > 0 && random() < 0.6) return sentence;
          // The item's topic in its text, in one of its forms, as minutes repeat their subject.
          const words = sentence.split(' ');
          const at = 1 + Math.floor(random() * Math.max(1, words.length - 2));
          words.splice(at, 0, inflected(about));
          return words.join(' ');
        }).join(' ');
      const paragraphs = (about: string) =>
        Array.from({ length: 1 + Math.floor(random() * 3) }, () =>
          sentences(2 + Math.floor(random() * 4), about),
        );
      const presenter = () => {
        const person = pick(people, random);
        return `Föredragande: ${person.name}, ${person.title}, ${person.organisation}`;
      };
      const decided = (clauses: string[]) => [
        `${body.callName} beslutade:`,
        '',
        ...clauses.map((clause) => `att ${clause}`),
      ];
      const otherBody = () =>
        pick(
          ARCHIVE_BODIES.filter((b) => b !== body),
          random,
        ).callName;
      const laterDate = (months: number) => {
        const date = new Date(`${meeting.date}T12:00:00Z`);
        date.setUTCMonth(date.getUTCMonth() + months);
        return date.toISOString().slice(0, 10);
      };

      const lines: string[] = [
        body.organisation,
        ...body.organisationLines,
        '',
        `${body.name} (${body.callName}, ${body.key})`,
        '',
        `Minnesanteckningar ${body.callName}`,
        '',
        `Datum: ${meeting.date}`,
        '',
        `Dnr: ${body.key} ${year}/${100 + Math.floor(random() * 1900)}`,
        '',
        `Tid: Kl. 9.30 – ${pick(['12.00', '12.15', '14.00', '15.30'], random)}`,
        '',
        `Plats: ${pick(PLACES, random)}`,
        '',
      ];
      const present = people.filter(() => random() < 0.85);
      const absent = people.filter((person) => !present.includes(person));
      lines.push(
        `Närvarande: ${present.map((p) => `${p.name} (${p.organisation})`).join(', ')} samt föredragande enligt nedan.`,
        '',
      );
      if (absent.length > 0)
        lines.push(
          `Frånvarande: ${absent.map((p) => `${p.name} (${p.organisation})`).join(', ')}`,
          '',
        );

      const items: string[][] = [
        ['Mötets öppnande', '', ...decided(['öppna mötet.'])],
        ['Godkännande av dagordning', '', ...decided(['godkänna dagordningen.'])],
      ];
      if (meeting.previousDate !== null) {
        items.push([
          `Föregående minnesanteckningar ${meeting.previousDate.slice(2).replaceAll('-', '')}`,
          '',
          ...decided(['lägga minnesanteckningarna till handlingarna.']),
        ]);
      }
      // Reports: sub-items of information, each noted.
      const reports = ['Rapporter och delgivningar'];
      for (let index = 0; index < 2 + Math.floor(random() * 3); index++) {
        const about = topic();
        reports.push(
          '',
          `${String.fromCharCode(97 + index)}) **${pick(['Information', 'Rapport'], random)}: ${capitalise(about)}**`,
          '',
          presenter(),
          '',
          ...paragraphs(about).flatMap((text) => [text, '']),
          ...decided(['lägga informationen till handlingarna.']),
        );
      }
      items.push(reports);
      if (meeting.date.slice(5, 7) === '01' || meeting.previousDate === null) {
        const chair = pick(people, random);
        items.push([
          'Val av ordförande',
          '',
          sentences(1, 'ordförande'),
          '',
          ...decided([
            `utse ${chair.name} till ordförande för perioden ${year}-01-01–${year}-12-31.`,
          ]),
        ]);
      }
      for (let index = 0; index < 4 + Math.floor(random() * 4); index++) {
        const about = topic();
        const clauses = decisionClauses(random, about, {
          callName: body.callName,
          otherBody,
          laterDate,
        });
        const item = [
          `${pick(['Beslut', 'Information & beslut', 'Beslut'], random)}: ${capitalise(`${pick(['', 'Överenskommelse om ', 'Uppföljning av ', 'Förslag till '], random)}${about}`)}`,
          '',
          presenter(),
          '',
          ...paragraphs(about).flatMap((text) => [text, '']),
        ];
        if (random() < 0.3) {
          item.push('Styrgruppen föreslår', '', `att ${clauses[0]}`, '');
        }
        items.push([...item, ...decided(clauses)]);
      }
      items.push(
        ['Övriga frågor', '', sentences(1 + Math.floor(random() * 2), topic())],
        ['Mötets avslutande', '', `Ordföranden tackade för visat intresse och avslutade mötet.`],
      );
      for (const [index, [title, ...rest]] of items.entries()) {
        lines.push(`${index + 1}. ${title}`, '', ...rest, '');
      }
      return `${lines.join('\n')}\n`;
    },
  };
}

/** Clauses of one decision item: an approval, a tabling, a forward, a task or another decision. */
function decisionClauses(
  random: () => number,
  about: string,
  context: { callName: string; otherBody: () => string; laterDate: (months: number) => string },
): string[] {
  const roll = random();
  if (roll < 0.12) return ['bordlägga punkten till nästa möte.'];
  const clauses = [`godkänna förslaget om ${about}.`];
  if (roll < 0.35)
    clauses.push(
      `${context.callName}s beslut skickas vidare för ${context.otherBody()}s ställningstagande, återrapportering vid mötet ${context.laterDate(3)}.`,
    );
  else if (roll < 0.6)
    clauses.push(
      `uppdra åt ${pick(ASSIGNEES, random)} att ta fram en plan för ${about} senast ${context.laterDate(2)}.`,
    );
  else if (roll < 0.7) clauses.push(`ställa sig bakom inriktningen för ${about}.`);
  else if (roll < 0.8) clauses[0] = 'lägga informationen till handlingarna.';
  return clauses;
}

/** An index in 0..n-1, small ones far more often: a few topics recur, most are rare. */
function zipf(n: number, random: () => number, skew = 1.5): number {
  return Math.min(n - 1, Math.floor(n * random() ** skew));
}

function pick<T>(list: readonly T[], random: () => number): T {
  return list[Math.floor(random() * list.length)]!;
}

function capitalise(text: string): string {
  return text.charAt(0).toLocaleUpperCase('sv') + text.slice(1);
}

function hash(text: string): number {
  let h = 2166136261;
  for (const char of text) h = Math.imul(h ^ char.codePointAt(0)!, 16777619);
  return h >>> 0;
}
