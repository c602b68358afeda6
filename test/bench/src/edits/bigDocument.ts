import * as Y from 'yjs';
import { formatEditToken, nowMs } from './editToken.ts';

/**
 * The big document's content, typed into `doc`: `sections` paragraphs spread over the agenda's
 * `fields`, then `updates` small edits typed section after section, each its own transaction
 * and so its own update (with 40 sections and 100,000 edits, about 1.8 MB of state).
 */
export function typeBigDocument(
  doc: Y.Doc,
  fields: readonly string[],
  sections: number,
  updates: number,
  writer: number,
): void {
  const texts = addSections(doc, fields, sections);
  for (let i = 0; i < updates; i++) {
    const text = texts[Math.floor((i * sections) / updates)]!;
    text.insert(text.length, formatEditToken(writer, i, nowMs()));
  }
}

function addSections(doc: Y.Doc, fields: readonly string[], sections: number): Y.XmlText[] {
  const texts: Y.XmlText[] = [];
  doc.transact(() => {
    for (let s = 0; s < sections; s++) {
      const fragment = doc.getXmlFragment(fields[s % fields.length]!);
      const paragraph = new Y.XmlElement('paragraph');
      const text = new Y.XmlText();
      paragraph.insert(0, [text]);
      fragment.insert(fragment.length, [paragraph]);
      texts.push(text);
    }
  });
  return texts;
}
