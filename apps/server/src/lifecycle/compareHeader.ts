import type { MeetingHeader, MinutesModel } from '@anteckna/doc-schema';

/** The header fields a reader of the minutes sees (the phase and the approval are not edits). */
export const COMPARED_HEADER_FIELDS = [
  'bodyName',
  'bodyShortName',
  'organisationLines',
  'title',
  'date',
  'documentDate',
  'startTime',
  'endTime',
  'place',
  'mode',
  'registryNumber',
  'attendanceStyle',
  'notes',
] as const satisfies readonly (keyof MeetingHeader)[];

export type HeaderField = (typeof COMPARED_HEADER_FIELDS)[number];

export interface HeaderChange {
  field: HeaderField;
  before: string;
  after: string;
}

/** The meeting header fields that differ, as text ("Plats: Sal A → Sal B"). */
export function compareHeader(from: MinutesModel, to: MinutesModel): HeaderChange[] {
  const text = (model: MinutesModel, field: HeaderField) => {
    const value = model.meeting[field];
    return Array.isArray(value) ? value.join(', ') : String(value);
  };
  return COMPARED_HEADER_FIELDS.map((field) => ({
    field,
    before: text(from, field),
    after: text(to, field),
  })).filter((change) => change.before !== change.after);
}
