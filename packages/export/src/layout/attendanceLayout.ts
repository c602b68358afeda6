import type { AttendanceEntry, MinutesModel } from '@anteckna/doc-schema';
import { plain } from './contentBlocks.ts';
import type { AttendeeLine, LayoutBlock } from './layoutTypes.ts';
import { WORDS, attendeeText } from './minutesWording.ts';

function attendeeLine(entry: AttendanceEntry): AttendeeLine {
  return { text: attendeeText(entry), absent: entry.status === 'absent' && !entry.vacant };
}

const heading: LayoutBlock = { type: 'heading', level: 2, runs: plain(WORDS.attendance) };
const legend: LayoutBlock = {
  type: 'paragraph',
  runs: plain(`(${WORDS.struckLegend})`),
  tone: 'muted',
};

/**
 * "Närvarande" as the body writes it: a table by organisation (001) or a running list of
 * names (002), absent people struck through, then the organisations nobody represented.
 */
export function attendanceBlocks(model: MinutesModel): LayoutBlock[] {
  const groups = model.attendance.filter((group) => group.people.length > 0);
  if (groups.length === 0) {
    const none: LayoutBlock = { type: 'paragraph', runs: plain(WORDS.noAttendance), tone: 'muted' };
    return [{ type: 'section', blocks: [heading, none] }];
  }
  const anyAbsent = groups.some((group) =>
    group.people.some((entry) => entry.status === 'absent' && !entry.vacant),
  );
  const hasPresenters = model.items.some((item) => item.presenters.length > 0);
  const blocks: LayoutBlock[] = [];

  if (model.meeting.attendanceStyle === 'list') {
    // The running list carries its own "Närvarande:" label, as in the body's documents.
    blocks.push({
      type: 'attendanceList',
      label: `${WORDS.attendance}:`,
      people: groups.flatMap((group) => group.people.map(attendeeLine)),
      tail: hasPresenters ? `${WORDS.presentersAsBelow}.` : '',
    });
    if (anyAbsent) blocks.push(legend);
  } else {
    blocks.push(heading, legend, {
      type: 'attendanceTable',
      caption: WORDS.attendanceCaption,
      columns: [WORDS.organisation, WORDS.attendance],
      rows: groups.map((group) => ({
        organisation: group.organisation,
        people: group.people.map(attendeeLine),
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
