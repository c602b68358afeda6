/**
 * The invented people of the demo body, modelled on a county network of administration heads:
 * one member per municipality of Dalarna, the region's division heads, and the regional support
 * structure's staff. Every name and address is made up (`@exempel.se`).
 */
export const DEMO_PASSWORD = 'anteckna-demo';

export interface DemoPerson {
  key: string;
  email: string;
  name: string;
  title: string;
  organisation: string;
  role?: 'secretary' | 'chair' | 'member';
  deputy?: boolean;
}

export const DEMO_LOGINS = [
  { email: 'sekreterare@exempel.se', role: 'sekreterare (secretary) i LCHNV och Välfärdsrådet' },
  { email: 'foredragande1@exempel.se', role: 'föredragande (presenter), punkt 4 a och 5' },
  { email: 'foredragande2@exempel.se', role: 'föredragande (presenter), punkt 4 b och 6' },
  { email: 'ledamot@exempel.se', role: 'ledamot (member) i LCHNV' },
] as const;

const municipal = (
  key: string,
  name: string,
  organisation: string,
  title = 'Socialchef',
): DemoPerson => ({
  key,
  email: `${key}@exempel.se`,
  name,
  title,
  organisation,
  role: 'member',
});

export const DEMO_PEOPLE: DemoPerson[] = [
  {
    key: 'sekreterare',
    email: 'sekreterare@exempel.se',
    name: 'Karin Lindqvist',
    title: 'Samordnare',
    organisation: 'RSS Dalarna',
    role: 'secretary',
  },
  {
    key: 'foredragande1',
    email: 'foredragande1@exempel.se',
    name: 'Erik Holmberg',
    title: 'Projektledare',
    organisation: 'Region Dalarna',
  },
  {
    key: 'foredragande2',
    email: 'foredragande2@exempel.se',
    name: 'Lena Bergström',
    title: 'Utvecklingsledare',
    organisation: 'Falun',
  },
  {
    ...municipal('ledamot', 'Anders Nyström', 'Borlänge', 'Förvaltningschef'),
    email: 'ledamot@exempel.se',
  },
  { ...municipal('ordforande', 'Birgitta Sandell', 'Mora', 'Socialchef'), role: 'chair' },
  municipal('avesta', 'Helena Ek', 'Avesta'),
  municipal('falun', 'Jonas Wik', 'Falun', 'Förvaltningschef'),
  municipal('gagnef', 'Maria Dahl', 'Gagnef'),
  municipal('hedemora', 'Petra Lund', 'Hedemora'),
  municipal('leksand', 'Olof Strand', 'Leksand'),
  municipal('ludvika', 'Sofia Hägg', 'Ludvika'),
  municipal('malung', 'Tomas Berg', 'Malung-Sälen'),
  municipal('orsa', 'Ingrid Moberg', 'Orsa'),
  municipal('rattvik', 'Camilla Sjö', 'Rättvik'),
  municipal('smedjebacken', 'Fredrik Alm', 'Smedjebacken'),
  municipal('sater', 'Eva Nord', 'Säter'),
  municipal('vansbro', 'Johan Ekholm', 'Vansbro'),
  municipal('alvdalen', 'Annika Rask', 'Älvdalen', 'Tf socialchef'),
  municipal('region1', 'Magnus Lövgren', 'Region Dalarna', 'Hälso- och sjukvårdsdirektör'),
  municipal('region2', 'Ulrika Falk', 'Region Dalarna', 'Divisionschef Primärvård'),
  municipal('rss', 'Per Enström', 'RSS Dalarna', 'Chef RSS Dalarna'),
];
