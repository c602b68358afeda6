import type { AttendanceEntry, MinutesModel, TextRun } from '@anteckna/doc-schema';
import { isUnmarked } from '@anteckna/doc-schema';
import { plain } from './contentBlocks.ts';
import type { AttendeeLine, LayoutBlock } from './layoutTypes.ts';
import { WORDS, attendeeText, partOfMeetingText } from './minutesWording.ts';

/**
 * How the person attended, in words beside the name, so that text extraction, screen readers
 * and plain text keep what strike-through alone would lose.
 */
function attendeeNote(entry: AttendanceEntry, model: MinutesModel, allCalled: boolean): string {
  if (entry.vacant) return '';
  if (entry.status === 'absent') return WORDS.absentNote;
  if (entry.status === 'called') return allCalled ? '' : WORDS.unmarkedNote;
  const numberOf = (itemId: string | undefined) =>
    itemId === undefined ? undefined : model.items.find((item) => item.id === itemId)?.number;
  const notes = [
    entry.where === 'remote' && model.meeting.mode !== 'digital' ? WORDS.remoteNote : '',
    partOfMeetingText(numberOf(entry.fromItem), numberOf(entry.untilItem)),
  ];
  return notes.filter(Boolean).join(', ');
}

/** The name struck through when absent, then the note in words, never struck. */
export function attendeeRuns(person: AttendeeLine): TextRun[] {
  const runs: TextRun[] = [{ text: person.text, ...(person.absent ? { strike: true } : {}) }];
  if (person.note) runs.push({ text: ` (${person.note})` });
  return runs;
}

/**
 * "Närvarande" as the body writes it: a table by organisation (001) or a running list of
 * names (002), absent people struck through and said so in words, then the organisations
 * nobody represented. Before anyone is marked (SPEC rule P5) the same list is headed "Kallade".
 */
export function attendanceBlocks(model: MinutesModel): LayoutBlock[] {
  const groups = model.attendance.filter((group) => group.people.length > 0);
  const heading = (text: string): LayoutBlock => ({ type: 'heading', level: 2, runs: plain(text) });
  if (groups.length === 0) {
    const none: LayoutBlock = { type: 'paragraph', runs: plain(WORDS.noAttendance), tone: 'muted' };
    return [{ type: 'section', blocks: [heading(WORDS.attendance), none] }];
  }
  const people = groups.flatMap((group) => group.people).filter((entry) => !entry.vacant);
  const allCalled = people.length > 0 && people.every(isUnmarked);
  const title = allCalled ? WORDS.called : WORDS.attendance;
  const line = (entry: AttendanceEntry): AttendeeLine => {
    const note = attendeeNote(entry, model, allCalled);
    return {
      text: attendeeText(entry),
      absent: entry.status === 'absent' && !entry.vacant,
      ...(note ? { note } : {}),
    };
  };
  const anyAbsent = people.some((entry) => entry.status === 'absent');
  const legend: LayoutBlock = {
    type: 'paragraph',
    runs: plain(`(${WORDS.struckLegend})`),
    tone: 'muted',
  };
  const hasPresenters = model.items.some((item) => item.presenters.length > 0);
  const blocks: LayoutBlock[] = [];

  if (model.meeting.attendanceStyle === 'list') {
    // The running list carries its own "Närvarande:" label, as in the body's documents.
    blocks.push({
      type: 'attendanceList',
      label: `${title}:`,
      people: groups.flatMap((group) => group.people.map(line)),
      tail: hasPresenters ? `${WORDS.presentersAsBelow}.` : '',
    });
    if (anyAbsent) blocks.push(legend);
  } else {
    // The body's template carries the legend above the table whenever anyone is marked.
    blocks.push(heading(title));
    if (!allCalled) blocks.push(legend);
    blocks.push({
      type: 'attendanceTable',
      caption: allCalled ? WORDS.calledCaption : WORDS.attendanceCaption,
      columns: [WORDS.organisation, title],
      rows: groups.map((group) => ({
        organisation: group.organisation,
        people: group.people.map(line),
      })),
    });
    if (hasPresenters) {
      blocks.push({ type: 'paragraph', runs: plain(WORDS.presentersAsBelowSentence) });
    }
  }
  if (model.notRepresented.length > 0) {
    blocks.push({
      type: 'paragraph',
      runs: [
        { text: `${WORDS.notRepresented}: `, bold: true },
        { text: `${model.notRepresented.join(', ')}.` },
      ],
    });
  }
  return [{ type: 'section', blocks }];
}
