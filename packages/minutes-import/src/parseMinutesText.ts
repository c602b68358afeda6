/**
 * Legacy minutes as text → the minutes as the editor would have written them, with a finding
 * for everything the reader should look at. Pure: no I/O, the same text gives the same result.
 *
 * The document is read in three zones, found by their form: the head (up to "Närvarande" or
 * the first item), the attendance (up to the first item), and the items. Page headers repeated
 * inside the text are dropped first; every other line ends up in the minutes or in a finding.
 */
import type { AgendaItemInput, StoredAttachment } from '@anteckna/doc-schema';
import { distance } from 'fastest-levenshtein';
import { parseAttendance } from './attendanceBlock.ts';
import { findAttachmentReferences } from './attachmentReferences.ts';
import { addendumOf } from './decisionText.ts';
import { parseHeader } from './headerBlock.ts';
import type { ParsedHeader } from './headerBlock.ts';
import type { ImportFinding } from './importFinding.ts';
import { finding } from './importFinding.ts';
import type { ImportOptions } from './importOptions.ts';
import type { ItemLine } from './itemContent.ts';
import { parseItemContent } from './itemContent.ts';
import { isLateMarker, isSectionHeading, readHeading } from './itemHeadings.ts';
import type { HeadingState } from './itemHeadings.ts';
import { inferKind, splitKindPrefix, standingOf } from './itemKind.ts';
import { LineMarks } from './lineMarks.ts';
import { furnitureKind, repeatedSet } from './pageFurniture.ts';
import type {
  MinutesImport,
  MissingPart,
  ParsedMinutes,
  PreviousMinutesDecision,
} from './parsedMinutes.ts';
import type { SourceLine } from './sourceLines.ts';
import { sourceLines, squash } from './sourceLines.ts';
import { findDate, findSixDigitDate, sixDigitDates, withYear } from './swedishDates.ts';

const ATTENDANCE_START = /^(närvarande|deltagare|närvarolista)\b/iu;

interface RawItem {
  id: string;
  parentId: string | null;
  number: number;
  letter: string | null;
  headingLine: SourceLine;
  headingText: string;
  late: boolean;
  lines: ItemLine[];
}

export function parseMinutesText(text: string, options: ImportOptions = {}): MinutesImport {
  const lines = sourceLines(text);
  const marks = new LineMarks();
  const findings: ImportFinding[] = [];

  const firstItem = findFirstItem(lines);
  const attendanceAt = lines.findIndex(
    (line, index) => (firstItem < 0 || index < firstItem) && ATTENDANCE_START.test(line.text),
  );
  const headEnd = attendanceAt >= 0 ? attendanceAt : firstItem >= 0 ? firstItem : lines.length;
  let late = false;
  const headLines = lines.slice(0, headEnd).filter((line) => {
    if (!isLateMarker(line)) return true;
    late = true;
    marks.mark(line.n, 'heading');
    return false;
  });
  const header = parseHeader(headLines, options, marks, findings);
  const dates = resolveDates(header, text, findings);

  const repeated = repeatedSet([
    ...header.repeatedLines,
    ...(options.bodyName ? [options.bodyName] : []),
  ]);
  const kept: Array<{ line: SourceLine; breakBefore: boolean }> = [];
  let dropped = false;
  for (const line of lines.slice(headEnd)) {
    const kind = furnitureKind(line, repeated);
    if (kind === null) {
      kept.push({ line, breakBefore: dropped && line.text.length > 0 });
      if (line.text.length > 0) dropped = false;
      continue;
    }
    dropped = true;
    marks.mark(line.n, 'furniture');
    findings.push(
      finding(
        'page_furniture_dropped',
        'info',
        line.text,
        'Sidhuvud eller sidfot som upprepas i texten; raden har tagits bort.',
        { line: line.n },
      ),
    );
    if (kind === 'date' && dates.documentDate !== null) {
      const date = findDate(line.text);
      if (date?.yearKnown && date.iso !== dates.documentDate) {
        findings.push(
          finding(
            'header_date_differs',
            'warning',
            line.text,
            `Sidhuvudets datum ${date.iso} skiljer sig från dokumentets datum ${dates.documentDate}.`,
            { line: line.n },
          ),
        );
      }
    }
  }

  const itemsAt = kept.findIndex(
    ({ line }) => readHeading(line, { lastNumber: null, lastLetter: null }) !== null,
  );
  const attendanceLines = (itemsAt < 0 ? kept : kept.slice(0, itemsAt)).map(({ line }) => line);
  const attendance = parseAttendance(
    attendanceAt >= 0 ? attendanceLines : [],
    options.organisations ?? [],
    marks,
    findings,
  );
  if (attendanceAt < 0)
    for (const line of attendanceLines) if (line.text.length > 0) unrecognised(line);

  const rawItems = splitItems(itemsAt < 0 ? [] : kept.slice(itemsAt), late, findings);
  const bodyNames = [
    header.bodyName,
    header.bodyShortName,
    options.bodyName,
    options.bodyShortName,
  ].filter((name): name is string => typeof name === 'string' && name.length > 0);
  // A running list with no organisations says nothing of who was represented: no organisations,
  // so no derived "not represented" list claims every member organisation was missing (P4).
  const withOrganisations = attendance.entries.some(({ entry }) => entry.organisation.length > 0);
  const organisations = withOrganisations
    ? mergeOrganisations(options.organisations ?? [], attendance.organisations, findings)
    : [];
  const items: AgendaItemInput[] = [];
  const texts = new Map<string, string[]>();
  let previousMinutes: PreviousMinutesDecision | null = null;
  for (const raw of rawItems) {
    marks.mark(raw.headingLine.n, 'heading', raw.id);
    const content = parseItemContent(
      raw.id,
      raw.headingText,
      raw.lines,
      { bodyNames, organisations, meetingDate: dates.meetingDate ?? '' },
      marks,
      findings,
    );
    const { kind: prefixKind, title } = splitKindPrefix(content.title);
    const standing = standingOf(title);
    const item: AgendaItemInput = {
      id: raw.id,
      parentId: raw.parentId,
      kind: prefixKind ?? inferKind(standing, content.decision),
      title,
      standing,
      late: raw.late,
      status: content.withdrawn
        ? 'withdrawn'
        : content.decision.some((clause) => clause.type === 'table')
          ? 'tabled'
          : 'active',
      presenters: content.presenters,
      body: content.body,
      proposal: content.proposal,
      decision: content.decision,
    };
    items.push(item);
    texts.set(raw.id, content.texts);
    if (standing === 'previous_minutes' && previousMinutes === null)
      previousMinutes = previousMinutesOf(item, dates.meetingDate);
  }
  const firstAttachmentNumber = assignAttachments(items, texts, findings);

  for (const line of lines) {
    if (marks.roleOf(line.n) === undefined && line.text.length > 0) unrecognised(line);
  }

  const missing: MissingPart[] = [];
  if (dates.meetingDate === null) missing.push('date');
  if (items.length === 0) missing.push('items');
  const lineMarks = marks.list(lines);
  if (missing.length > 0) return { ok: false, missing, findings, lines: lineMarks };

  const decided = items.some((item) => (item.decision ?? []).length > 0);
  const proposed = items.some((item) => (item.proposal ?? []).length > 0);
  const documentKind = !decided && proposed ? 'pack' : 'minutes';
  if (documentKind === 'pack') {
    findings.push(
      finding(
        'meeting_pack',
        'info',
        header.title || header.bodyName,
        'Dokumentet har förslag men inga beslut: det läses som handlingar inför ett möte.',
      ),
    );
  }
  const notes = [...header.notes, ...attendance.notes];
  if (attendance.withPresenters) notes.push('Närvarande samt föredragande enligt nedan.');
  const shortName = header.bodyShortName || options.bodyShortName || '';
  const minutes: ParsedMinutes = {
    documentKind,
    header: {
      bodyName: header.bodyName || options.bodyName || '',
      bodyShortName: shortName,
      organisationLines:
        header.organisationLines.length > 0
          ? header.organisationLines
          : [...(options.organisationLines ?? [])],
      title:
        header.title ||
        `${documentKind === 'pack' ? 'Handlingar' : 'Minnesanteckningar'} ${shortName}`.trim(),
      date: dates.meetingDate!,
      documentDate: dates.documentDate ?? dates.meetingDate!,
      startTime: header.startTime,
      endTime: header.endTime,
      place: header.place,
      mode: header.mode,
      registryNumber: header.registryNumber,
      attendanceStyle: attendance.style,
      notes: notes.join('\n'),
      firstAttachmentNumber,
      ...(header.secondSession ? { secondSession: header.secondSession } : {}),
    },
    organisations,
    attendance: attendance.entries.map(({ personId, entry }) => ({
      personId,
      entry: organisations.includes(entry.organisation) ? entry : { ...entry, organisation: '' },
    })),
    items,
    previousMinutes,
  };
  checkBodyName(minutes, options, findings);
  return { ok: true, minutes, findings, lines: lineMarks };

  function unrecognised(line: SourceLine) {
    marks.mark(line.n, 'unrecognised');
    findings.push(
      finding(
        'line_unrecognised',
        'warning',
        line.text,
        'Raden kändes inte igen och finns inte i minnesanteckningarna.',
        {
          line: line.n,
        },
      ),
    );
  }
}

function findFirstItem(lines: readonly SourceLine[]): number {
  const state: HeadingState = { lastNumber: null, lastLetter: null };
  return lines.findIndex((line) => readHeading(line, state)?.kind === 'item');
}

function splitItems(
  lines: ReadonlyArray<{ line: SourceLine; breakBefore: boolean }>,
  lateFromHead: boolean,
  findings: ImportFinding[],
): RawItem[] {
  const items: RawItem[] = [];
  const state: HeadingState = { lastNumber: null, lastLetter: null };
  let late = lateFromHead;
  let top: RawItem | null = null;
  let current: RawItem | null = null;
  const ids = new Set<string>();
  const uniqueId = (base: string) => {
    let id = base;
    for (let k = 2; ids.has(id); k += 1) id = `${base}-${k}`;
    ids.add(id);
    return id;
  };
  for (const entry of lines) {
    const { line } = entry;
    if (isLateMarker(line)) {
      late = true;
      continue;
    }
    const heading = readHeading(line, state);
    if (heading?.kind === 'item') {
      const expected = (state.lastNumber ?? 0) + 1;
      if (heading.number !== expected) {
        // Numbers are derived from order in Anteckna (SPEC rule A3): the item keeps its place.
        findings.push(
          finding(
            'item_number_skipped',
            state.lastNumber === null ? 'info' : 'warning',
            line.text,
            state.lastNumber === null
              ? `Dokumentet börjar på punkt ${heading.number}; i Anteckna numreras punkterna från 1.`
              : `Punkt ${heading.number} följer på punkt ${state.lastNumber}; numreringen hoppar över ett nummer.`,
            { line: line.n },
          ),
        );
      }
      state.lastNumber = heading.number;
      state.lastLetter = null;
      top = {
        id: uniqueId(`imp-${heading.number}`),
        parentId: null,
        number: heading.number,
        letter: null,
        headingLine: line,
        headingText: heading.text,
        late,
        lines: [],
      };
      current = top;
      items.push(top);
      continue;
    }
    if (heading?.kind === 'subItem' && top !== null) {
      state.lastLetter = heading.letter;
      current = {
        id: uniqueId(`${top.id}${heading.letter}`),
        parentId: top.id,
        number: top.number,
        letter: heading.letter,
        headingLine: line,
        headingText: heading.text,
        late,
        lines: [],
      };
      items.push(current);
      continue;
    }
    if (current !== null && isSectionHeading(line) && line.text.length > 0) {
      // A heading of capitals between items belongs to no item: kept as the next item's lead.
      current.lines.push({ line, breakBefore: true });
      continue;
    }
    current?.lines.push(entry);
  }
  return items;
}

interface ResolvedDates {
  meetingDate: string | null;
  documentDate: string | null;
}

/** Dates with the year left out get the year that fits the meetings the text refers back to. */
function resolveDates(
  header: ParsedHeader,
  text: string,
  findings: ImportFinding[],
): ResolvedDates {
  const meeting = header.meetingDate;
  const document = header.documentDate;
  let meetingDate: string | null = null;
  if (meeting?.yearKnown) meetingDate = meeting.iso;
  else if (meeting) {
    const referred = sixDigitDates(text).sort();
    const latest = referred.at(-1);
    const documentYear = document?.yearKnown ? Number(document.iso.slice(0, 4)) : null;
    let year = documentYear ?? (latest ? Number(latest.slice(0, 4)) : null);
    if (year !== null && documentYear === null && latest && withYear(meeting.iso, year) < latest)
      year += 1;
    if (year !== null) {
      meetingDate = withYear(meeting.iso, year);
      findings.push(
        finding(
          'date_year_inferred',
          'warning',
          meeting.text,
          `Mötesdatumet saknar år; året ${year} har tagits från dokumentets övriga datum.`,
          { line: meeting.line },
        ),
      );
    }
  }
  const documentDate = document?.yearKnown ? document.iso : null;
  return { meetingDate, documentDate };
}

function mergeOrganisations(
  known: readonly string[],
  found: readonly string[],
  findings: ImportFinding[],
): string[] {
  const organisations = [...known];
  for (const organisation of found) {
    if (organisations.includes(organisation)) continue;
    organisations.push(organisation);
    if (known.length > 0) {
      findings.push(
        finding(
          'organisation_not_in_body',
          'info',
          organisation,
          `Organisationen ${organisation} finns inte bland organets medlemsorganisationer; den har lagts till i dessa minnesanteckningar.`,
        ),
      );
    }
  }
  return organisations;
}

function previousMinutesOf(
  item: AgendaItemInput,
  meetingDate: string | null,
): PreviousMinutesDecision {
  const written = findDate(item.title);
  let date = findSixDigitDate(item.title)?.iso ?? null;
  if (date === null && written) {
    date = written.yearKnown
      ? written.iso
      : meetingDate
        ? withYear(
            written.iso,
            Number(meetingDate.slice(0, 4)) - (written.iso.slice(5) > meetingDate.slice(5) ? 1 : 0),
          )
        : null;
  }
  const clauses = item.decision ?? [];
  const approval = clauses.find((clause) => clause.type === 'approve');
  const noted = clauses.find((clause) => clause.type === 'note');
  const addendum = approval ? addendumOf(approval.text) : null;
  return {
    itemId: item.id ?? '',
    meetingDate: date,
    decision: addendum
      ? 'approve_with_addendum'
      : approval
        ? 'approve'
        : noted
          ? 'lay_to_records'
          : null,
    addendum,
  };
}

/**
 * Attachments named in the text become numbered attachments of the item that first names them,
 * marked as not uploaded. Numbers are derived from order (SPEC rule A8), so they must run on
 * from the first; a gap is reported.
 */
function assignAttachments(
  items: AgendaItemInput[],
  texts: ReadonlyMap<string, string[]>,
  findings: ImportFinding[],
): number {
  const owner = new Map<number, { itemId: string; letters: Set<string>; text: string }>();
  for (const item of items) {
    for (const text of texts.get(item.id ?? '') ?? []) {
      for (const reference of findAttachmentReferences(text)) {
        const existing = owner.get(reference.number);
        if (existing) {
          if (existing.itemId === item.id)
            for (const letter of reference.letters) existing.letters.add(letter);
          continue;
        }
        owner.set(reference.number, {
          itemId: item.id ?? '',
          letters: new Set(reference.letters),
          text: reference.text,
        });
      }
    }
  }
  const numbers = [...owner.keys()];
  if (numbers.length === 0) return 1;
  // Display order of the numbers: by item, then by number within the item.
  const order = items.flatMap((item) =>
    numbers.filter((number) => owner.get(number)?.itemId === item.id).sort((a, b) => a - b),
  );
  const first = order[0] ?? 1;
  let expected = first;
  for (const number of order) {
    if (number !== expected) {
      findings.push(
        finding(
          'attachment_number_skipped',
          'warning',
          owner.get(number)?.text ?? `Bilaga ${number}`,
          `Bilaga ${number} följer inte i nummerordning (väntad: Bilaga ${expected}); numren räknas om i ordning.`,
          { itemId: owner.get(number)?.itemId ?? '' },
        ),
      );
    }
    expected = number + 1;
  }
  for (const item of items) {
    const attachments: StoredAttachment[] = [];
    for (const number of order.filter((n) => owner.get(n)?.itemId === item.id)) {
      const letters = [...(owner.get(number)?.letters ?? [])].sort();
      const parts = letters.length === 0 ? [''] : letters;
      parts.forEach((letter, index) => {
        attachments.push({
          id: `bilaga-${number}${letter}`,
          fileName: `Bilaga ${number}${letter}`,
          sha256: '',
          size: 0,
          mediaType: '',
          internal: false,
          notUploaded: true,
          ...(index > 0 ? { joinsPrevious: true } : {}),
        });
      });
    }
    if (attachments.length > 0) item.attachments = attachments;
  }
  return first;
}

/** The body's name as the document spells it, against the body's record. */
function checkBodyName(
  minutes: ParsedMinutes,
  options: ImportOptions,
  findings: ImportFinding[],
): void {
  const pairs: Array<[string, string | undefined]> = [
    [minutes.header.bodyName, options.bodyName],
    [minutes.header.bodyShortName, options.bodyShortName],
  ];
  for (const [found, expected] of pairs) {
    if (!expected || found.length === 0 || found === expected) continue;
    const near =
      distance(squash(found), squash(expected)) <= Math.max(2, Math.floor(expected.length / 4));
    findings.push(
      finding(
        'body_name_differs',
        near ? 'warning' : 'info',
        found,
        near
          ? `Organets namn är stavat "${found}" i dokumentet men "${expected}" i Anteckna.`
          : `Dokumentet anger organet "${found}"; organet i Anteckna heter "${expected}".`,
      ),
    );
  }
}
