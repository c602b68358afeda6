import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { captureRefusedFields, fragmentText } from './refusalCapture.ts';

function paragraph(text: string): Y.XmlElement {
  const element = new Y.XmlElement('paragraph');
  element.insert(0, [new Y.XmlText(text)]);
  return element;
}

function list(name: string, texts: string[]): Y.XmlElement {
  const element = new Y.XmlElement(name);
  element.insert(
    0,
    texts.map((text) => {
      const item = new Y.XmlElement('listItem');
      item.insert(0, [paragraph(text)]);
      return item;
    }),
  );
  return element;
}

describe('fragmentText', () => {
  it('puts each paragraph on its own line', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('item:a:body');
    fragment.insert(0, [paragraph('Bakgrund.'), paragraph('Diskussion.')]);
    expect(fragmentText(fragment)).toBe('Bakgrund.\nDiskussion.');
  });

  it('keeps bold text as plain text', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('item:a:body');
    const block = paragraph('Viktigt: ');
    fragment.insert(0, [block]);
    (block.get(0) as Y.XmlText).insert(9, 'läs bilagan', { bold: true });
    expect(fragmentText(fragment)).toBe('Viktigt: läs bilagan');
  });

  it('marks bullet and numbered list items', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('item:a:proposal');
    fragment.insert(0, [
      list('orderedList', ['att godkänna', 'att uppdra']),
      list('bulletList', ['punkt']),
    ]);
    expect(fragmentText(fragment)).toBe('1. att godkänna\n2. att uppdra\n– punkt');
  });
});

describe('captureRefusedFields', () => {
  it('captures the text of each touched item field, in the order given', () => {
    const doc = new Y.Doc();
    doc
      .getXmlFragment('item:a:decision')
      .insert(0, [paragraph('lägga informationen till handlingarna')]);
    doc.getXmlFragment('item:b:body').insert(0, [paragraph('Text som vägrades')]);
    expect(captureRefusedFields(doc, ['item:b:body', 'item:a:decision'])).toEqual([
      { rootName: 'item:b:body', text: 'Text som vägrades' },
      { rootName: 'item:a:decision', text: 'lägga informationen till handlingarna' },
    ]);
  });

  it('lists the agenda titles when the agenda itself was touched', () => {
    const doc = new Y.Doc();
    const entry = new Y.Map<unknown>();
    doc.getArray('agenda').insert(0, [entry]);
    entry.set('title', 'Budget 2025');
    expect(captureRefusedFields(doc, ['agenda'])).toEqual([
      { rootName: 'agenda', text: 'Budget 2025' },
    ]);
  });

  it('skips a root the document does not have', () => {
    expect(captureRefusedFields(new Y.Doc(), ['item:x:body'])).toEqual([]);
  });
});
