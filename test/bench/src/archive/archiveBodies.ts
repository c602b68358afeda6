import { COUNTY_NETWORK_ORGANISATIONS } from '@anteckna/doc-schema';

/** One body of the synthetic archive, as its minutes name it. */
export interface ArchiveBody {
  /** The body's short name in Anteckna (`--body` of the import CLI). */
  key: string;
  name: string;
  /** What the minutes call it ("Socialchefsnätverket beslutade: …"), one word. */
  callName: string;
  organisation: string;
  organisationLines: string[];
  memberOrganisations: readonly string[];
}

const REGION = ['Region Dalarna', 'Hälso- och sjukvårdsförvaltningen'];
const RSS = ['RSS Dalarna (Avdelningen för Hälsa och välfärd)', 'Ledningsstöd och strategi'];

/**
 * Ten county-wide cooperation bodies of one county, invented in the image of the seeds' network
 * of administration heads: each forwards to the others by their call names.
 */
export const ARCHIVE_BODIES: readonly ArchiveBody[] = [
  ['SCHNV', 'Länsnätverket för socialchefer', 'Socialchefsnätverket', RSS],
  ['BUNV', 'Länsnätverket för barn och unga', 'Barnnätverket', RSS],
  ['ÄLNV', 'Länsnätverket för äldreomsorg', 'Äldrenätverket', REGION],
  ['PHLG', 'Länsgruppen för psykisk hälsa', 'Psykiatrigruppen', REGION],
  ['FUNV', 'Länsnätverket för funktionsstöd', 'Funktionsnätverket', RSS],
  ['MBLG', 'Länsgruppen för missbruk och beroende', 'Beroendegruppen', REGION],
  ['VFR', 'Välfärdsrådet i Dalarnas län', 'Välfärdsrådet', ['Region Dalarna', 'Välfärdsrådet']],
  ['EHNV', 'Länsnätverket för elevhälsa', 'Elevhälsonätverket', RSS],
  ['PRNV', 'Länsnätverket för primärvård', 'Primärvårdsnätverket', REGION],
  ['FVLG', 'Länsgruppen för folkhälsa och våld i nära relationer', 'Folkhälsogruppen', RSS],
].map(([key, name, callName, lines]) => ({
  key: key as string,
  name: name as string,
  callName: callName as string,
  organisation: (lines as string[])[0]!,
  organisationLines: (lines as string[]).slice(1),
  memberOrganisations: COUNTY_NETWORK_ORGANISATIONS,
}));
