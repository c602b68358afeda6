/** What the parser recovered from one source text: the minutes as data, ready to be written. */
import type { AgendaItemInput, AttendanceInput, MeetingHeaderInput } from '@anteckna/doc-schema';
import type { ImportFinding } from './importFinding.ts';
import type { LineMark } from './lineMarks.ts';

/** The decision on the previous minutes, as the standing item recorded it. */
export interface PreviousMinutesDecision {
  itemId: string;
  /** The date of the meeting whose minutes were decided on, when the title names it. */
  meetingDate: string | null;
  decision: 'approve' | 'approve_with_addendum' | 'lay_to_records' | null;
  addendum: string | null;
}

export interface ParsedMinutes {
  /** `pack`: the document is a meeting pack written before the meeting (proposals, no decisions). */
  documentKind: 'minutes' | 'pack';
  header: MeetingHeaderInput;
  organisations: string[];
  attendance: Array<{ personId: string; entry: AttendanceInput }>;
  /** In display order: each item followed by its sub-items; positions are their order. */
  items: AgendaItemInput[];
  previousMinutes: PreviousMinutesDecision | null;
}

/** What the source lacked to be read as minutes: a meeting date, numbered items. */
export type MissingPart = 'date' | 'items';

export type MinutesImport =
  | { ok: true; minutes: ParsedMinutes; findings: ImportFinding[]; lines: LineMark[] }
  | { ok: false; missing: MissingPart[]; findings: ImportFinding[]; lines: LineMark[] };
