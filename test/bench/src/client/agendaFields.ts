import * as Y from 'yjs';

/**
 * The document layout every server gets (CONTRACT "The document, version 1"): an `agenda` array
 * of maps with an `id`, and one `item:<id>:body` XML fragment per item, which is what clients type in.
 */
export function readAgendaFields(doc: Y.Doc): string[] {
  return readAgendaItemIds(doc).map((id) => `item:${id}:body`);
}

export function readAgendaItemIds(doc: Y.Doc): string[] {
  const ids: string[] = [];
  for (const entry of doc.getArray('agenda').toArray()) {
    const id = entry instanceof Y.Map ? entry.get('id') : undefined;
    if (typeof id === 'string') ids.push(id);
  }
  return ids;
}

/** For servers without meetings of their own: the agenda a new Anteckna meeting would start with. */
export function seedAgenda(doc: Y.Doc, titles: readonly string[]): void {
  doc.transact(() => {
    const agenda = doc.getArray<Y.Map<unknown>>('agenda');
    titles.forEach((title, index) => {
      const item = new Y.Map<unknown>();
      item.set('id', `item-${index + 1}`);
      item.set('title', title);
      item.set('presenterIds', new Y.Array<string>());
      agenda.push([item]);
    });
  });
}

export const PEER_AGENDA_TITLES = [
  'Mötets öppnande',
  'Val av justerare',
  'Föregående minnesanteckningar',
  'Aktuella frågor',
  'Övriga frågor',
] as const;
