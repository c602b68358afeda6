import * as Y from 'yjs';

/** Roots shaped like a meeting document: TipTap fragments per agenda item, plus the maps. */
export const FRAGMENT_ROOTS = ['a1', 'b2'].flatMap((id) =>
  ['body', 'proposal', 'decision'].map((field) => `item:${id}:${field}`),
);

export type Edit =
  | { kind: 'insertParagraph'; root: number; at: number; text: string; bold: boolean }
  | { kind: 'deleteParagraph'; root: number; at: number }
  | { kind: 'insertText'; root: number; paragraph: number; at: number; text: string; bold: boolean }
  | { kind: 'typeAtEnd'; root: number; text: string }
  | { kind: 'deleteText'; root: number; paragraph: number; at: number; length: number }
  | {
      kind: 'formatText';
      root: number;
      paragraph: number;
      at: number;
      length: number;
      bold: boolean;
    }
  | { kind: 'insertAgendaItem'; at: number; title: string }
  | { kind: 'deleteAgendaItem'; at: number }
  | { kind: 'setAgendaTitle'; at: number; title: string }
  | { kind: 'addPresenter'; at: number; presenter: string }
  | { kind: 'setMeetingField'; key: string; value: string }
  | { kind: 'setAttendance'; person: string; status: string };

const fragment = (doc: Y.Doc, root: number): Y.XmlFragment =>
  doc.getXmlFragment(FRAGMENT_ROOTS[root % FRAGMENT_ROOTS.length] as string);

const paragraphText = (doc: Y.Doc, root: number, paragraph: number): Y.XmlText | null => {
  const frag = fragment(doc, root);
  if (frag.length === 0) return null;
  const element = frag.get(paragraph % frag.length);
  const child = element instanceof Y.XmlElement && element.length > 0 ? element.get(0) : null;
  return child instanceof Y.XmlText ? child : null;
};

const boldAttributes = (bold: boolean) => (bold ? { bold: {} } : { bold: null });

const agendaEntry = (doc: Y.Doc, at: number): Y.Map<unknown> | null => {
  const agenda = doc.getArray<Y.Map<unknown>>('agenda');
  return agenda.length === 0 ? null : (agenda.get(at % agenda.length) ?? null);
};

/** Applies one edit the way TipTap (through y-prosemirror) and the agenda editor write them. */
export const applyEdit = (doc: Y.Doc, edit: Edit): void => {
  switch (edit.kind) {
    case 'insertParagraph': {
      const frag = fragment(doc, edit.root);
      const paragraph = new Y.XmlElement('paragraph');
      const content = new Y.XmlText();
      paragraph.insert(0, [content]);
      frag.insert(edit.at % (frag.length + 1), [paragraph]);
      content.insert(0, edit.text, edit.bold ? { bold: {} } : {});
      return;
    }
    case 'deleteParagraph': {
      const frag = fragment(doc, edit.root);
      if (frag.length > 0) frag.delete(edit.at % frag.length, 1);
      return;
    }
    case 'insertText': {
      const content = paragraphText(doc, edit.root, edit.paragraph);
      const at = content === null ? 0 : edit.at % (content.length + 1);
      content?.insert(at, edit.text, edit.bold ? { bold: {} } : {});
      return;
    }
    case 'typeAtEnd': {
      const content = paragraphText(doc, edit.root, fragment(doc, edit.root).length - 1);
      content?.insert(content.length, edit.text);
      return;
    }
    case 'deleteText':
    case 'formatText': {
      const content = paragraphText(doc, edit.root, edit.paragraph);
      if (content === null || content.length === 0) return;
      const at = edit.at % content.length;
      const length = Math.min(edit.length + 1, content.length - at);
      if (edit.kind === 'deleteText') content.delete(at, length);
      else content.format(at, length, boldAttributes(edit.bold));
      return;
    }
    case 'insertAgendaItem': {
      const agenda = doc.getArray<Y.Map<unknown>>('agenda');
      const entry = new Y.Map<unknown>();
      agenda.insert(edit.at % (agenda.length + 1), [entry]);
      entry.set('id', `item-${edit.at}`);
      entry.set('title', edit.title);
      entry.set('presenterIds', new Y.Array<string>());
      return;
    }
    case 'deleteAgendaItem': {
      const agenda = doc.getArray('agenda');
      if (agenda.length > 0) agenda.delete(edit.at % agenda.length, 1);
      return;
    }
    case 'setAgendaTitle':
      agendaEntry(doc, edit.at)?.set('title', edit.title);
      return;
    case 'addPresenter': {
      const presenters = agendaEntry(doc, edit.at)?.get('presenterIds');
      if (presenters instanceof Y.Array) presenters.push([edit.presenter]);
      return;
    }
    case 'setMeetingField':
      doc.getMap('meeting').set(edit.key, edit.value);
      return;
    case 'setAttendance': {
      const attendance = doc.getMap<Y.Map<string>>('attendance');
      const entry = attendance.get(edit.person);
      if (entry === undefined) {
        const created = new Y.Map<string>();
        attendance.set(edit.person, created);
        created.set('status', edit.status);
      } else {
        entry.set('status', edit.status);
      }
      return;
    }
  }
};
