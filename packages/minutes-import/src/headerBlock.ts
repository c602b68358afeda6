/**
 * The document's head, before the attendance: organisation lines, the body's name (with its
 * short name in brackets), the title word, the document date and registry number of the page
 * header, and the meeting block (date, time, place). Lines that fit none of these go to the
 * meeting's notes and are reported.
 */
import type { MeetingMode } from '@anteckna/doc-schema';
import { distance } from 'fastest-levenshtein';
import type { ImportFinding } from './importFinding.ts';
import { finding } from './importFinding.ts';
import type { ImportOptions } from './importOptions.ts';
import type { LineMarks } from './lineMarks.ts';
import type { SourceLine } from './sourceLines.ts';
import { squash, words } from './sourceLines.ts';
import type { FoundDate } from './swedishDates.ts';
import { findDate } from './swedishDates.ts';
import { withoutPageNumber } from './pageFurniture.ts';

export interface ParsedHeader {
  bodyName: string;
  bodyShortName: string;
  organisationLines: string[];
  title: string;
  /** Lines of the page header that repeat on every page: dropped when met again. */
  repeatedLines: string[];
  meetingDate: (FoundDate & { line: number }) | null;
  documentDate: (FoundDate & { line: number }) | null;
  startTime: string;
  endTime: string;
  place: string;
  mode: MeetingMode;
  registryNumber: string;
  notes: string[];
  /** A second time on the Tid line: "Kommuner och region möte 08.30-09.30" (SPEC rule M7). */
  secondSession?: { label: string; startTime: string; endTime: string };
}

const LABEL = /^([\p{L}][\p{L} ]{0,24}?)\s*:\s*(.*)$/u;
const TITLE_WORD =
  /^(minnesanteckningar|mötesanteckningar|anteckningar|protokoll|protokollsutdrag|handlingar|kallelse)\b/iu;
const BRACKETED_NAME = /^(.*?)[,\s]*\(([^)]+)\)\s*[,.]?$/u;
const TIME_RANGE = /(\d{1,2})(?:[.:](\d{2}))?\s*(?:[-–—]|till)\s*(\d{1,2})(?:[.:](\d{2}))?/gu;
const DIGITAL = /\b(teams|zoom|digitalt?|distans|videolänk|webb|skype|meet)\b/iu;

export function parseHeader(
  lines: readonly SourceLine[],
  options: ImportOptions,
  marks: LineMarks,
  findings: ImportFinding[],
): ParsedHeader {
  const header: ParsedHeader = {
    bodyName: '',
    bodyShortName: '',
    organisationLines: [],
    title: '',
    repeatedLines: [],
    meetingDate: null,
    documentDate: null,
    startTime: '',
    endTime: '',
    place: '',
    mode: 'room',
    registryNumber: '',
    notes: [],
  };
  const dates: Array<FoundDate & { line: number; labelled: boolean }> = [];
  const loose: SourceLine[] = [];
  const places: string[] = [];
  let bodyLineIndex = -1;
  for (const line of lines) {
    if (line.text.length === 0) continue;
    marks.mark(line.n, 'header');
    const label = LABEL.exec(line.text);
    const key = label?.[1]?.toLocaleLowerCase('sv') ?? '';
    const value = (label?.[2] ?? '').trim();
    if (label && (key === 'datum' || key === 'date' || key === 'mötesdatum' || key === 'dag')) {
      const date = findDate(value);
      if (date) {
        dates.push({ ...date, line: line.n, labelled: true });
        header.repeatedLines.push(line.text);
        continue;
      }
    }
    if (label && /^(dnr|diarienummer|diarienr|dnr\.?)$/u.test(key)) {
      header.registryNumber = value;
      header.repeatedLines.push(line.text);
      continue;
    }
    if (label && /^(tid|klockan|kl)$/u.test(key)) {
      readTime(value, line, header, findings);
      continue;
    }
    if (label && /^(plats|lokal|mötesplats|möteslokal|adress)$/u.test(key)) {
      places.push(key === 'lokal' && !/^lokal\b/iu.test(value) ? `lokal ${value}` : value);
      continue;
    }
    if (TITLE_WORD.test(line.text) && words(line.text).length <= 8) {
      if (header.title.length === 0) header.title = line.text;
      header.repeatedLines.push(line.text);
      continue;
    }
    const bracketed = BRACKETED_NAME.exec(line.text);
    if (bracketed && header.bodyName.length === 0 && isShortNameList(bracketed[2] ?? '')) {
      const before = (bracketed[1] ?? '').trim().replace(/[,.]$/, '');
      const previous = loose.at(-1);
      if (before.length === 0 && previous !== undefined) {
        header.bodyName = previous.text.replace(/[,.]$/, '');
        loose.pop();
        header.repeatedLines.push(previous.text);
      } else header.bodyName = before;
      header.bodyShortName = (bracketed[2] ?? '').split(',')[0]?.trim() ?? '';
      header.repeatedLines.push(line.text);
      bodyLineIndex = loose.length;
      continue;
    }
    const date = findDate(line.text);
    if (date && words(line.text).length <= 6) {
      dates.push({ ...date, line: line.n, labelled: false });
      continue;
    }
    loose.push(line);
  }
  if (header.bodyName.length === 0) bodyLineIndex = findBodyLine(loose, options);
  if (header.bodyName.length === 0 && bodyLineIndex >= 0) {
    const line = loose[bodyLineIndex]!;
    header.bodyName = line.text.replace(/[,.]$/, '');
    header.repeatedLines.push(line.text);
    loose.splice(bodyLineIndex, 1);
  }
  const before = bodyLineIndex < 0 ? [] : loose.slice(0, bodyLineIndex);
  const after = bodyLineIndex < 0 ? loose : loose.slice(bodyLineIndex);
  header.organisationLines = before
    .map((line) => withoutPageNumber(line.text))
    .filter((line) => line.length > 0);
  header.repeatedLines.push(...header.organisationLines);
  for (const line of after) {
    header.notes.push(line.text);
    findings.push(
      finding(
        'line_unrecognised',
        'info',
        line.text,
        'Raden i sidhuvudet kändes inte igen; den har lagts i mötets anteckningar.',
        { line: line.n },
      ),
    );
  }
  // The page header's date comes first, the meeting's date in the meeting block after it.
  const last = dates.at(-1);
  header.meetingDate = last ?? null;
  header.documentDate = dates.length > 1 ? (dates[0] ?? null) : null;
  header.place = places.join(', ');
  header.mode = modeOf(header.place);
  if (header.bodyShortName.length === 0) header.bodyShortName = options.bodyShortName ?? '';
  if (header.bodyName.length === 0) header.bodyName = options.bodyName ?? '';
  return header;
}

/** "(Länschefsnätverket, LCHNV)": one word, optionally an abbreviation. */
function isShortNameList(text: string): boolean {
  const parts = text.split(',').map((part) => part.trim());
  return (
    parts.length <= 3 && parts.every((part) => words(part).length === 1 && /^\p{Lu}/u.test(part))
  );
}

/** The loose line most like the body's known name, or -1. */
function findBodyLine(loose: readonly SourceLine[], options: ImportOptions): number {
  const names = [options.bodyName, options.bodyShortName]
    .filter((name): name is string => typeof name === 'string' && name.length > 0)
    .map(squash);
  let best = -1;
  let bestScore = Number.POSITIVE_INFINITY;
  loose.forEach((line, index) => {
    const text = squash(line.text);
    for (const name of names) {
      const d = text.includes(name) ? 0 : distance(text, name);
      if (d <= Math.max(2, Math.floor(name.length / 5)) && d < bestScore) {
        best = index;
        bestScore = d;
      }
    }
  });
  return best;
}

function readTime(
  value: string,
  line: SourceLine,
  header: ParsedHeader,
  findings: ImportFinding[],
) {
  const ranges = [...value.matchAll(TIME_RANGE)];
  if (ranges.length === 0) {
    header.notes.push(line.text);
    findings.push(
      finding('time_ambiguous', 'warning', line.text, 'Mötets tid kunde inte läsas.', {
        line: line.n,
      }),
    );
    return;
  }
  // Each range with the words before it: "Kommuner och region möte 08.30-09.30, Chefsnätverket:
  // Kl. 09.30-14" is a förmöte and the meeting itself.
  const sessions = ranges.map((range, index) => {
    const from = index === 0 ? 0 : (ranges[index - 1]!.index ?? 0) + ranges[index - 1]![0].length;
    return {
      label: sessionLabel(value.slice(from, range.index)),
      startTime: clock(range[1], range[2]),
      endTime: clock(range[3], range[4]),
    };
  });
  const main = sessions.length === 2 && sessions[1]!.label && !sessions[0]!.label ? 0 : -1;
  const meeting = sessions.at(main)!;
  header.startTime = meeting.startTime;
  header.endTime = meeting.endTime;
  if (sessions.length === 2) {
    const other = sessions[main === 0 ? 1 : 0]!;
    const before = other.startTime < meeting.startTime;
    header.secondSession = {
      ...other,
      label: other.label || (before ? 'Förmöte' : 'Fortsättning'),
    };
    return;
  }
  if (ranges.length > 1) {
    header.notes.push(line.text);
    findings.push(
      finding(
        'time_ambiguous',
        'info',
        line.text,
        `Raden har flera tider; mötets tid är satt till ${header.startTime}–${header.endTime}.`,
        { line: line.n },
      ),
    );
  }
}

/** "Kommuner och region möte " → "Kommuner och region möte"; ", Chefsnätverket: Kl. " → "Chefsnätverket". */
function sessionLabel(text: string): string {
  return text
    .replace(/\bkl(?:ockan)?\.?/giu, '')
    .replace(/^[\s,;:–-]+|[\s,;:–-]+$/gu, '')
    .trim();
}

function clock(hours: string | undefined, minutes: string | undefined): string {
  return `${(hours ?? '0').padStart(2, '0')}.${minutes ?? '00'}`;
}

function modeOf(place: string): MeetingMode {
  if (!DIGITAL.test(place)) return 'room';
  const physical = place.replace(DIGITAL, '').replace(/\b(samt|och|via|eller|även)\b/giu, '');
  return /\p{L}{3,}/u.test(physical) ? 'both' : 'digital';
}
