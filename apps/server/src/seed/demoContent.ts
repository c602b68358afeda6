import type { AgendaItemInput, Block, PersonRef } from '@anteckna/doc-schema';
import type { DemoPerson } from './demoPeople.ts';

/** Paragraphs of plain text, as the editor stores them. */
export const paragraphs = (...texts: string[]): Block[] =>
  texts.map((text) => ({ type: 'paragraph', runs: [{ text }] }));

export const presenter = (person: DemoPerson, userId?: string): PersonRef => ({
  userId,
  name: person.name,
  title: person.title,
  organisation: person.organisation,
});

/** The items of the September meeting (locked in the demo), after the standing ones. */
export function septemberItems(p: (key: string) => PersonRef): AgendaItemInput[] {
  return [
    {
      kind: 'information',
      title: 'Läget i länets kommuner inför hösten',
      presenters: [p('rss')],
      body: paragraphs(
        'Per Enström gav en bild av läget: bemanningen inom äldreomsorgen är fortsatt ansträngd, men fler kommuner har fått ordning på introduktionen av nyanställda.',
      ),
      decision: [
        { type: 'note', text: 'lägga informationen till handlingarna' },
        // Followed up and marked done before the October meeting (SPEC rule U3).
        {
          type: 'task',
          target: 'RSS Dalarna',
          text: 'uppdra åt RSS Dalarna att sammanställa kommunernas bemanningsläge till nästa möte',
          due: '2026-10-22',
        },
      ],
    },
    {
      kind: 'information_beslut',
      title: 'Gemensam rutin för samordnad individuell plan (SIP)',
      presenters: [p('foredragande1')],
      body: paragraphs(
        'Rutinen är framtagen av en arbetsgrupp med representanter från fem kommuner och Region Dalarna. Remissvaren har arbetats in.',
      ),
      proposal: paragraphs(
        'att godkänna den gemensamma rutinen för SIP',
        'att rutinen skickas vidare för Välfärdsrådets ställningstagande',
      ),
      decision: [
        { type: 'approve', text: 'godkänna den gemensamma rutinen för SIP' },
        {
          type: 'forward',
          target: 'Välfärdsrådet',
          text: 'rutinen skickas vidare för Välfärdsrådets ställningstagande',
          due: '2027-01-31',
        },
      ],
    },
    {
      kind: 'beslut',
      title: 'Finansiering av länskoordinator för våld i nära relationer 2027',
      presenters: [p('foredragande2')],
      body: paragraphs(
        'Frågan diskuterades. Flera kommuner behöver stämma av med sina nämnder innan ställningstagande.',
      ),
      decision: [{ type: 'table', text: 'bordlägga punkten till nästa möte' }],
    },
    {
      // Marked internal: the public version of the minutes leaves it out and says so.
      kind: 'information',
      title: 'Personalfrågor inom RSS Dalarna',
      internal: true,
      presenters: [p('rss')],
      body: paragraphs(
        'Per Enström informerade om bemanningen på RSS Dalarna under rekryteringen av en ny samordnare.',
      ),
      decision: [{ type: 'note', text: 'lägga informationen till handlingarna' }],
    },
  ];
}

/** The items of the October meeting (circulated in the demo). */
export function octoberItems(
  p: (key: string) => PersonRef,
  userIdOf: (key: string) => string,
): AgendaItemInput[] {
  /** An elected person of the body, by their account (SPEC rule V1). */
  const person = (key: string) => ({ personId: userIdOf(key) });
  return [
    {
      kind: 'rapport',
      title: 'Rapport från Välfärdsrådet',
      presenters: [p('ordforande')],
      body: paragraphs(
        'Birgitta Sandell rapporterade från Välfärdsrådets senaste möte, där länets handlingsplan för psykisk hälsa behandlades.',
      ),
      decision: [
        { type: 'note', text: 'lägga informationen till handlingarna' },
        {
          type: 'task',
          target: 'Birgitta Sandell',
          text: 'uppdra åt Birgitta Sandell att bjuda in Välfärdsrådets ordförande till ett kommande möte',
          due: '2027-02-11',
        },
      ],
    },
    {
      kind: 'val',
      title: 'Val av ordförande och vice ordförande',
      body: paragraphs(
        'Ordförandeskapet roterar årsvis mellan kommunerna och regionen enligt arbetsordningen. Birgitta Sandell har varit tillförordnad ordförande sedan september och väljs för resten av året; för 2027 har Rättvik ordförandeposten och regionen posten som vice ordförande.',
      ),
      // The register of roles shows a current chair and the chair and vice chair to come (V6).
      decision: [
        {
          type: 'elect',
          target: 'Birgitta Sandell',
          ...person('ordforande'),
          text: 'välja Birgitta Sandell, Mora, till ordförande',
          role: 'ordförande',
          termFrom: '2026-10-22',
          termTo: '2026-12-31',
        },
        {
          type: 'elect',
          target: 'Camilla Sjö',
          ...person('rattvik'),
          text: 'välja Camilla Sjö, Rättvik, till ordförande',
          role: 'ordförande',
          termFrom: '2027-01-01',
          termTo: '2027-12-31',
        },
        {
          type: 'elect',
          target: 'Magnus Lövgren',
          ...person('region1'),
          text: 'välja Magnus Lövgren, Region Dalarna, till vice ordförande',
          role: 'vice ordförande',
          termFrom: '2027-01-01',
          termTo: '2027-12-31',
        },
      ],
    },
  ];
}

/** The December meeting, in preparation: presenters write their own items now. */
export function decemberItems(p: (key: string) => PersonRef): {
  parent: AgendaItemInput;
  subItems: AgendaItemInput[];
  items: AgendaItemInput[];
  late: AgendaItemInput;
} {
  return {
    parent: { kind: 'information', title: 'Rapporter och delgivningar' },
    subItems: [
      {
        kind: 'information',
        title: 'Införandet av nytt journalsystem i regionen',
        presenters: [p('foredragande1')],
        body: paragraphs(
          'Produktionsstarten är planerad till våren 2027. Kommunernas införandeledare får information löpande.',
        ),
      },
      {
        kind: 'information',
        title: 'Kompetensförsörjning inom socialtjänsten',
        presenters: [p('foredragande2')],
        body: paragraphs('Lägesbild från länets arbetsgrupp för kompetensförsörjning, se bilagan.'),
      },
      {
        kind: 'delgivning',
        title: 'Protokoll från Välfärdsrådet',
        presenters: [p('rss')],
      },
    ],
    items: [
      {
        kind: 'beslut',
        title: 'Länsgemensam handlingsplan för suicidprevention',
        presenters: [p('foredragande1')],
        body: paragraphs(
          'Handlingsplanen bygger på den nationella strategin och har tagits fram tillsammans med kommunerna.',
        ),
        proposal: paragraphs(
          'att godkänna den länsgemensamma handlingsplanen för suicidprevention',
          'att uppdra åt RSS Dalarna att följa upp planen årligen',
        ),
      },
      {
        kind: 'information_beslut',
        title: 'Utvärdering av tillnyktringsplatserna',
        presenters: [p('foredragande2')],
        body: paragraphs(
          'Utvärderingen redovisas i bilagan. Styrgruppen föreslår att avtalet förlängs med två år.',
        ),
        proposal: paragraphs(
          'att godkänna utvärderingen',
          'att avtalet skickas vidare för Välfärdsrådets ställningstagande',
        ),
      },
    ],
    late: {
      kind: 'information',
      title: 'Samverkan kring barn och unga med psykisk ohälsa',
      late: true,
      presenters: [p('region2')],
    },
  };
}
