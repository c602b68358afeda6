/**
 * The palette of common clauses (SPEC rule C6), as the body's minutes word them. "…" marks where
 * the secretary types; the editor selects it on insert.
 */
import type { ClauseType } from '../minutesModel.ts';

export interface ClauseTemplate {
  id: string;
  type: ClauseType;
  /** Without the leading "att", which is rendered. */
  text: string;
  target?: string;
  label: { sv: string; en: string };
}

export const clauseTemplates: readonly ClauseTemplate[] = [
  {
    id: 'note_information',
    type: 'note',
    text: 'lägga informationen till handlingarna',
    label: { sv: 'Lägga informationen till handlingarna', en: 'Note the information' },
  },
  {
    id: 'note_minutes',
    type: 'note',
    text: 'lägga minnesanteckningarna till handlingarna',
    label: { sv: 'Lägga minnesanteckningarna till handlingarna', en: 'Note the previous minutes' },
  },
  {
    id: 'approve',
    type: 'approve',
    text: 'godkänna …',
    label: { sv: 'Godkänna …', en: 'Approve …' },
  },
  {
    id: 'approve_agenda',
    type: 'approve',
    text: 'godkänna dagordningen',
    label: { sv: 'Godkänna dagordningen', en: 'Approve the agenda' },
  },
  {
    id: 'table',
    type: 'table',
    text: 'bordlägga punkten till nästa möte',
    label: { sv: 'Bordlägga punkten till nästa möte', en: 'Table the item to the next meeting' },
  },
  {
    id: 'forward_welfare_council',
    type: 'forward',
    text: '… skickas vidare för Välfärdsrådets ställningstagande',
    target: 'Välfärdsrådet',
    label: { sv: 'Skicka vidare till Välfärdsrådet', en: 'Forward to the Welfare Council' },
  },
  {
    id: 'task',
    type: 'task',
    text: 'uppdra åt … att …',
    label: { sv: 'Uppdra åt … att …', en: 'Task someone' },
  },
  {
    id: 'elect',
    type: 'elect',
    text: 'utse … till …',
    label: { sv: 'Utse … till …', en: 'Elect someone' },
  },
  {
    id: 'open_meeting',
    type: 'other',
    text: 'öppna mötet',
    label: { sv: 'Öppna mötet', en: 'Open the meeting' },
  },
];
