import * as Y from 'yjs';
import { addAgendaItem } from '../agenda/addAgendaItem.ts';
import { standingItems } from '../agenda/standingItems.ts';
import { readMinutes } from '../readMinutes.ts';

/** A document whose agenda holds the standing items alone, each with its standing as its id. */
export function agendaWithStanding(): Y.Doc {
  const doc = new Y.Doc();
  for (const item of standingItems()) addAgendaItem(doc, { ...item, id: item.standing! });
  return doc;
}

/** The agenda as a reader sees it: "3 Föregående minnesanteckningar", one line an item. */
export const numbersAndTitles = (doc: Y.Doc): string[] =>
  readMinutes(doc).items.map((item) => `${item.number} ${item.title}`);
