/**
 * The fixed Swedish wording of minutes and meeting packs, in one place so that every format
 * says exactly the same thing.
 */
import { withElectionTerm } from '@anteckna/doc-schema';
import type {
  AgendaItem,
  AttendanceEntry,
  DecisionClause,
  ItemKind,
  MeetingHeader,
  PersonRef,
} from '@anteckna/doc-schema';
import { formatSwedishDate, formatVersionTime } from '@anteckna/domain';

export const KIND_LABELS: Record<ItemKind, string> = {
  beslut: 'Beslut',
  information: 'Information',
  rapport: 'Rapport',
  information_beslut: 'Information & beslut',
  delgivning: 'Delgivning',
  val: 'Val',
};

export const WORDS = {
  minutes: 'Minnesanteckningar',
  pack: 'Handlingar',
  attendance: 'Närvarande',
  attendanceCaption: 'Närvarande per organisation',
  called: 'Kallade',
  calledCaption: 'Kallade per organisation',
  unmarkedNote: 'kallad, närvaro ej markerad',
  remoteNote: 'på distans',
  organisation: 'Organisation',
  struckLegend: 'Överstruken = icke närvarande',
  presentersAsBelow: 'samt föredragande enligt nedan',
  presentersAsBelowSentence: 'Samt föredragande enligt nedan.',
  notRepresented: 'Ej representerade',
  presenters: 'Föredragande',
  withdrawn: 'Ärendet utgår.',
  proposal: 'Förslag till beslut',
  agenda: 'Dagordning',
  items: 'Ärenden',
  lateItems: 'Tillkommande ärenden',
  attachments: 'Bilagor',
  noItems: 'Inga ärenden är upptagna.',
  noUpcomingMeetings: 'Inga fler möten är planerade.',
  noAttendance: 'Ingen närvaro är registrerad.',
  approval: 'Godkännande',
  vacant: 'Vakant',
  absentNote: 'ej närvarande',
  fileMissing: 'filen saknas',
  draft: 'UTKAST – ej godkänt',
} as const;

/**
 * "Länschefsnätverket, LCHNV" → "Länschefsnätverket": the short name may carry an
 * abbreviation after a comma, which belongs in the meeting block but not in "… beslutade:".
 */
export function bodySpokenName(meeting: MeetingHeader): string {
  const short = meeting.bodyShortName.split(',')[0]?.trim() ?? '';
  return short || meeting.bodyName.trim();
}

/** "Länsnätverket för förvaltningschefer (Länschefsnätverket, LCHNV)". */
export function bodyFullLine(meeting: MeetingHeader): string {
  const name = meeting.bodyName.trim();
  const short = meeting.bodyShortName.trim();
  if (!short || short === name) return name;
  return name ? `${name} (${short})` : short;
}

export function decisionLead(meeting: MeetingHeader): string {
  return `${bodySpokenName(meeting)} beslutade:`;
}

/** A clause as written: always beginning "att", never "att att". */
export function clauseLine(text: string): string {
  const trimmed = text.trim();
  return /^att\s/i.test(trimmed) ? trimmed : `att ${trimmed}`;
}

/**
 * A clause with its follow-up date (SPEC rule U1) or its term (rule V4), unless its text already
 * names it: a task "…, senast 30 juni 2027"; a forward "…, med återrapportering senast 17 juni
 * 2020"; an election "att välja Anna Berg till ordförande för perioden 2027-01-01 – 2028-12-31".
 */
export function clauseWithFollowUp(clause: DecisionClause): string {
  const line = clauseLine(clause.text);
  if (clause.type === 'elect') return withElectionTerm(clause, line);
  const due = clause.due;
  if (!due) return line;
  const date = formatSwedishDate(due);
  if (line.includes(due) || line.includes(date)) return line;
  const plain = line.replace(/[.\s]+$/, '');
  return clause.type === 'forward'
    ? `${plain}, med återrapportering senast ${date}`
    : `${plain}, senast ${date}`;
}

/** "4" → "4.", "4 a" → "a)". */
export function itemLabel(item: AgendaItem): string {
  if (item.depth === 1) {
    const letter = item.number.trim().split(/\s+/).pop() ?? item.number;
    return `${letter})`;
  }
  return `${item.number}.`;
}

/**
 * Standing items and items that only hold sub-items read as plain titles ("1. Mötets
 * öppnande", "4. Rapporter och delgivningar"); every other item names its kind.
 */
export function showsKindPrefix(item: AgendaItem, hasChildren: boolean): boolean {
  return item.standing === null && !hasChildren;
}

/** "Ann-Charlott Norman, Planeringschef, Region Dalarna". */
export function presenterText(person: PersonRef): string {
  return [person.name, person.title, person.organisation]
    .map((part) => part?.trim())
    .filter((part): part is string => Boolean(part))
    .join(', ');
}

/** "Maria Särnblad (tf)", "Vakant, Divisionschef Medicin", "Ulrika Gärdback, ordförande". */
export function attendeeText(entry: AttendanceEntry): string {
  const name = entry.vacant ? WORDS.vacant : entry.name.trim();
  const acting =
    entry.status === 'acting' ? (entry.actingFor ? ` (tf för ${entry.actingFor})` : ' (tf)') : '';
  const tail = [entry.role, entry.title]
    .map((part) => part?.trim())
    .filter((part): part is string => Boolean(part));
  return [`${name}${acting}`, ...tail].join(', ');
}

/**
 * Part of the meeting (SPEC rule P6) in words, with the items' numbers: "närvarande under punkt
 * 6", "närvarande under punkt 4 b–6", "närvarande från och med punkt 5", "… till och med punkt 7".
 */
export function partOfMeetingText(from: string | undefined, until: string | undefined): string {
  if (from !== undefined && until !== undefined)
    return from === until
      ? `närvarande under punkt ${from}`
      : `närvarande under punkt ${from}–${until}`;
  if (from !== undefined) return `närvarande från och med punkt ${from}`;
  if (until !== undefined) return `närvarande till och med punkt ${until}`;
  return '';
}

/** "UTKAST – ej godkänt · version 4 december 2026 kl. 21.50" (SPEC: drafts say so). */
export function draftText(versionTime: string): string {
  return `${WORDS.draft} · version ${formatVersionTime(versionTime)}`;
}

export function omittedItemNotice(item: AgendaItem): string {
  return `Punkt ${item.number} är utelämnad i den offentliga versionen (internt).`;
}

export function omittedAttachmentNotice(label: string): string {
  return `${label} är utelämnad i den offentliga versionen (internt).`;
}
