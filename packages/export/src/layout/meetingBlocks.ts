import type { MeetingHeader } from '@anteckna/doc-schema';
import { formatSwedishDate, formatSwedishTime, formatSwedishTimeRange } from '@anteckna/domain';
import type { WarningLog } from '../exportWarnings.ts';
import { plain } from './contentBlocks.ts';
import type { DocumentKind, LayoutBlock, PageHeader } from './layoutTypes.ts';
import { bodyFullLine, draftText } from './minutesWording.ts';
import type { ExportOptions } from '../exportTypes.ts';

/** Where a meeting with no place written is held, in words. */
export const MODE_FALLBACK: Record<MeetingHeader['mode'], string> = {
  room: '',
  digital: 'Digitalt',
  both: 'I lokal och digitalt',
};

export function pageHeader(
  meeting: MeetingHeader,
  documentKind: DocumentKind,
  warnings: WarningLog,
  options: ExportOptions = {},
): PageHeader {
  const registry = meeting.registryNumber.trim();
  if (!registry) {
    warnings.add('missing_registry_number', 'Mötet saknar diarienummer (Dnr).', []);
  }
  return {
    organisationLines: meeting.organisationLines.map((line) => line.trim()).filter(Boolean),
    documentKind,
    dateLine: `Datum: ${meeting.documentDate || meeting.date}`,
    registryLine: registry ? `Dnr: ${registry}` : null,
    draftLine: isDraft(meeting)
      ? draftText(options.versionTime ?? (meeting.documentDate || meeting.date))
      : null,
  };
}

/** Minutes are a draft until locked: only then are they the approved record. */
export function isDraft(meeting: MeetingHeader): boolean {
  return meeting.phase !== 'locked';
}

/** At the top of the document: the draft notice as body text, so every reader meets it first. */
export function draftBlocks(header: PageHeader): LayoutBlock[] {
  return header.draftLine === null
    ? []
    : [{ type: 'paragraph', runs: [{ text: header.draftLine, bold: true }] }];
}

/** The body's names, then Datum, Tid and Plats, then the meeting's free notes. */
export function meetingBlocks(meeting: MeetingHeader, warnings: WarningLog): LayoutBlock[] {
  const time = formatSwedishTimeRange(meeting.startTime, meeting.endTime);
  if (!time) warnings.add('missing_time', 'Mötet saknar tid.', []);
  const place = meeting.place.trim() || MODE_FALLBACK[meeting.mode];
  const second = meeting.secondSession;
  const secondEntry = second ? [{ label: second.label, value: secondSessionText(meeting) }] : [];
  // A förmöte is read before the meeting's own time, a second day after its place (SPEC M7).
  const before =
    second !== undefined &&
    `${second.date} ${second.startTime}` <
      `${meeting.date} ${formatSwedishTime(meeting.startTime)}`;
  const entries = [
    { label: 'Datum', value: formatSwedishDate(meeting.date) },
    ...(before ? secondEntry : []),
    { label: 'Tid', value: time ? `Kl. ${time}` : '' },
    { label: 'Plats', value: place },
    ...(before ? [] : secondEntry),
  ].filter((entry) => entry.value);
  const blocks: LayoutBlock[] = [];
  const fullName = bodyFullLine(meeting);
  if (fullName) blocks.push({ type: 'paragraph', runs: [{ text: fullName, bold: true }] });
  if (entries.length > 0) blocks.push({ type: 'facts', entries });
  for (const note of meeting.notes.split(/\n{2,}/)) {
    if (note.trim()) blocks.push({ type: 'paragraph', runs: plain(note.trim()) });
  }
  return blocks;
}

/**
 * "Kl. 08.30–09.30, Lilla salen"; on another day "12 februari 2027, kl. 09.00–12.00" (SPEC M7).
 * No place: the meeting's own.
 */
export function secondSessionText(meeting: MeetingHeader): string {
  const second = meeting.secondSession;
  if (!second) return '';
  const time = formatSwedishTimeRange(second.startTime, second.endTime);
  const when =
    second.date === meeting.date ? `Kl. ${time}` : `${formatSwedishDate(second.date)}, kl. ${time}`;
  return second.place ? `${when}, ${second.place}` : when;
}
