import { COMPARED_HEADER_FIELDS, type HeaderChange, type HeaderField } from '@anteckna/contract';
import type { MinutesModel } from '@anteckna/doc-schema';

/** The meeting header fields that differ, as text ("Plats: Sal A → Sal B"). */
export function compareHeader(from: MinutesModel, to: MinutesModel): HeaderChange[] {
  const text = (model: MinutesModel, field: HeaderField): string => {
    const { meeting } = model;
    switch (field) {
      case 'secondSession': {
        const second = meeting.secondSession;
        if (!second) return '';
        const place = second.place ? `, ${second.place}` : '';
        return `${second.label} ${second.date} ${second.startTime}–${second.endTime}${place}`;
      }
      case 'upcomingMeetings':
        return (meeting.upcomingMeetings ?? [])
          .map((planned) => `${planned.date} ${planned.startTime}`)
          .join(', ');
      default: {
        const value = meeting[field];
        return Array.isArray(value) ? value.join(', ') : String(value);
      }
    }
  };
  return COMPARED_HEADER_FIELDS.map((field) => ({
    field,
    before: text(from, field),
    after: text(to, field),
  })).filter((change) => change.before !== change.after);
}
