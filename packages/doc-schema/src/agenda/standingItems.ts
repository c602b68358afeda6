/**
 * The standing items of every meeting (SPEC rule A6), in the order the body's minutes use.
 * New top-level items go between the first three and the last two (rule A5).
 */
import type { AgendaItemInput } from './addAgendaItem.ts';

export function standingItems(): AgendaItemInput[] {
  return [
    { kind: 'beslut', title: 'Mötets öppnande', standing: 'opening' },
    { kind: 'beslut', title: 'Godkännande av dagordning', standing: 'agenda_approval' },
    { kind: 'beslut', title: 'Föregående minnesanteckningar', standing: 'previous_minutes' },
    { kind: 'information', title: 'Övriga frågor', standing: 'any_other_business' },
    { kind: 'information', title: 'Avslutning', standing: 'closing' },
  ];
}
