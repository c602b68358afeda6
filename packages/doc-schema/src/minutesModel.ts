/**
 * The read model of one meeting's minutes: what `readMinutes(doc)` returns and what the API,
 * the exporters, the mistake check and search all consume. Plain data, JSON-serialisable.
 */
import type { Phase } from '@anteckna/domain';

export type MeetingMode = 'room' | 'digital' | 'both';

export const ITEM_KINDS = [
  'beslut',
  'information',
  'rapport',
  'information_beslut',
  'delgivning',
  'val',
] as const;
export type ItemKind = (typeof ITEM_KINDS)[number];

/**
 * Standing items are added to every new meeting (SPEC rule A6); `follow_up` only to a meeting
 * with open tasks due by its date (rule U4), `calendar` only to a meeting whose body has meetings
 * planned after it (rule M8).
 */
export const STANDING_ITEMS = [
  'opening',
  'agenda_approval',
  'previous_minutes',
  'follow_up',
  'calendar',
  'any_other_business',
  'closing',
] as const;
export type StandingItem = (typeof STANDING_ITEMS)[number];

export const ITEM_STATUSES = ['active', 'withdrawn', 'tabled'] as const;
export type ItemStatus = (typeof ITEM_STATUSES)[number];

export const CLAUSE_TYPES = [
  'note',
  'approve',
  'table',
  'forward',
  'task',
  'elect',
  'other',
] as const;

/**
 * note: att lägga informationen till handlingarna; approve: att godkänna …; table: att bordlägga
 * punkten till nästa möte; forward: att … skickas vidare för <organ>s ställningstagande;
 * task: att uppdra åt … att …; elect: att utse …; other: anything else.
 */
export type ClauseType = (typeof CLAUSE_TYPES)[number];

/** Inline text run; marks as TipTap's StarterKit writes them. */
export interface TextRun {
  text: string;
  bold?: boolean;
  italic?: boolean;
  strike?: boolean;
  underline?: boolean;
  code?: boolean;
  /** The link's address, when the run is a link (StarterKit's Link mark). */
  link?: string;
}

export type Block =
  | { type: 'paragraph'; runs: TextRun[] }
  | { type: 'heading'; level: number; runs: TextRun[] }
  | { type: 'bulletList' | 'orderedList'; items: Block[][] }
  | { type: 'blockquote'; blocks: Block[] };

export interface PersonRef {
  /** A user id of the system, when the person has an account. */
  userId?: string;
  name: string;
  title?: string;
  organisation?: string;
}

export interface DecisionClause {
  type: ClauseType;
  /** The clause text without the leading "att". */
  text: string;
  /** For `forward`: the receiving body's name; for `elect`/`task`: who. */
  target?: string;
  /**
   * ISO date (SPEC rule U1): for `task` the deadline ("senast"), for `forward` the date by which
   * the receiving body is to take it up or report back ("återrapportering vid … 2020-06-17").
   */
  due?: string;
  /** For `elect` (SPEC rule V1): the elected person's id, when a person of the body. */
  personId?: string;
  /** For `elect`: the role ("ordförande", "vice ordförande", or any other, as written). */
  role?: string;
  /** For `elect`: the first day of the term (ISO date). */
  termFrom?: string;
  /** For `elect`: the last day of the term (ISO date), never before `termFrom`. */
  termTo?: string;
}

export interface Attachment {
  id: string;
  /** "9", "18a": numbered through the meeting (SPEC rule A8), never typed. */
  number: string;
  /** "Bilaga 9". */
  label: string;
  fileName: string;
  sha256: string;
  size: number;
  mediaType: string;
  internal: boolean;
  /**
   * Shares the number of the attachment before it in the same item, lettered: six evaluation
   * reports of one item are "Bilaga 18a–18f" (SPEC rule A8).
   */
  joinsPrevious?: boolean;
  /**
   * Referenced by minutes brought in from an archive ("Bilaga 9"), with no file uploaded: the
   * number is the record, the file may follow.
   */
  notUploaded?: boolean;
}

export interface AgendaItem {
  id: string;
  parentId: string | null;
  /** "4" for an item, "4 a" for a sub-item: derived from order (SPEC rule A3), never typed. */
  number: string;
  depth: 0 | 1;
  kind: ItemKind;
  title: string;
  standing: StandingItem | null;
  /** Added after the agenda was sent ("Tillkommande ärenden"). */
  late: boolean;
  status: ItemStatus;
  /** Left out of the public rendering (personal data, confidentiality). */
  internal: boolean;
  presenterIds: string[];
  presenters: PersonRef[];
  attachments: Attachment[];
  body: Block[];
  proposal: Block[];
  decision: DecisionClause[];
  /** Carried over from an earlier meeting (tabled or forwarded). */
  carriedFrom?: { meetingId: string; itemId: string; bodyName: string; date: string };
  /** For the standing item "Föregående minnesanteckningar": the minutes it approves. */
  approvesMeetingId?: string;
}

/**
 * `called` ("kallad"): on the list, not yet marked (SPEC rule P5). Every new meeting starts so;
 * presence is never assumed.
 */
export type AttendanceStatus = 'called' | 'present' | 'absent' | 'acting';

export interface AttendanceEntry {
  personId: string;
  name: string;
  title?: string;
  organisation: string;
  status: AttendanceStatus;
  /** "tf" when status is `acting`: the name of the person stood in for. */
  actingFor?: string;
  where?: 'room' | 'remote';
  /** Chair, vice chair, secretary: shown after the name. */
  role?: string;
  /** A seat with no one in it ("Vakant"). */
  vacant?: boolean;
  /** Place in the attendance list (SPEC rule P3); `setAttendance` assigns it. */
  order?: number;
  /** Present for part of the meeting (SPEC rule P6): from this item on (an item id). */
  fromItem?: string;
  /** Present for part of the meeting (SPEC rule P6): up to and including this item (an item id). */
  untilItem?: string;
}

export interface OrganisationAttendance {
  organisation: string;
  people: AttendanceEntry[];
}

export interface MeetingHeader {
  bodyName: string;
  bodyShortName: string;
  /** The issuing organisation's lines for the page header, e.g. ["Region Dalarna", "Hälso- och sjukvårdsförvaltningen"]. */
  organisationLines: string[];
  title: string;
  /** ISO date of the meeting, YYYY-MM-DD. */
  date: string;
  /** ISO date of the document ("Datum" in the header). */
  documentDate: string;
  startTime: string;
  endTime: string;
  place: string;
  mode: MeetingMode;
  registryNumber: string;
  phase: Phase;
  /** "Running list" (002) or "table by organisation" (001). */
  attendanceStyle: 'table' | 'list';
  notes: string;
  /** Minutes brought in from a legacy file (rule M6): the file they were read from. */
  importedFrom?: ImportedSource;
  /**
   * Minutes that are a protocol carry a signature block (SPEC rule S1): who signs "Vid
   * protokollet" and "Justeras", where and when. Absent for minnesanteckningar.
   */
  signatures?: SignatureBlock;
  /** Number of the meeting's first attachment ("Bilaga 9"): packs number through the year (SPEC rule A8). */
  firstAttachmentNumber?: number;
  /** The meeting's second time and place, such as a förmöte (SPEC rule M7). */
  secondSession?: SecondSession;
  /**
   * The body's meetings planned after this one, as the server last wrote them from the body's
   * calendar (SPEC rule M8): what the standing item "Kommande möten" lists.
   */
  upcomingMeetings?: UpcomingMeeting[];
}

/**
 * A second time and place of one meeting (SPEC rule M7): "Förmöte 08.30–09.30, Lilla salen"
 * before the meeting, or "Fortsättning dag 2" after it.
 */
export interface SecondSession {
  /** "Förmöte", or the secretary's own words. */
  label: string;
  /** ISO date; the meeting's own date when the session is on the same day. */
  date: string;
  /** "08.30", as the minutes write times. */
  startTime: string;
  endTime: string;
  /** Empty: the meeting's own place. */
  place: string;
}

/** One planned meeting of the body, as "Kommande möten" lists it (SPEC rule M8). */
export interface UpcomingMeeting {
  date: string;
  startTime: string;
  endTime: string;
  place: string;
  mode: MeetingMode;
}

/** One person who signs the minutes: a person of the body, by name (and id). */
export interface Signer {
  name: string;
  /** The attendance person id (a user id when the person has an account). */
  personId?: string;
}

export interface SignatureBlock {
  /** Where the minutes are adjusted ("Falun"); blank: written by hand on the paper. */
  place: string;
  /** When (ISO date); absent: written by hand. */
  date?: string;
  /** "Vid protokollet": the secretary. */
  secretary: Signer | null;
  /** "Justeras": the chair … */
  chair: Signer | null;
  /** … and the adjusters ("justerare"). */
  adjusters: Signer[];
}

export interface ImportedSource {
  fileName: string;
  /** SHA-256 (hex) of the file's bytes, as uploaded. */
  sha256: string;
  /** `txt`, `docx` or `pdf`. */
  format: string;
  importedAt: string;
}

export interface Approval {
  approvedAt: string;
  approvedByMeetingId: string;
  approvedByMeetingDate: string;
  addendum: string | null;
  sha256: string | null;
}

/** The document versions readers know (SPEC rule D3); writers write the last. */
export type DocSchemaVersion = 1 | 2;

export interface MinutesModel {
  /** The version the document is written in: 1 only for locked minutes from before version 2. */
  schemaVersion: DocSchemaVersion;
  meeting: MeetingHeader;
  organisations: string[];
  attendance: OrganisationAttendance[];
  /** Derived from attendance (SPEC rule P4), never typed: organisations with no one present. */
  notRepresented: string[];
  items: AgendaItem[];
  approval: Approval | null;
}
