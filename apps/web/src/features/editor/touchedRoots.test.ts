import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { touchedRoots } from './touchedRoots.ts';

function rootsOfNextTransaction(doc: Y.Doc, change: () => void): Set<string> {
  let seen = new Set<string>();
  const listener = (transaction: Y.Transaction) => {
    seen = touchedRoots(transaction);
  };
  doc.on('afterTransaction', listener);
  change();
  doc.off('afterTransaction', listener);
  return seen;
}

describe('touchedRoots', () => {
  it('names the field root of text typed deep inside a paragraph', () => {
    const doc = new Y.Doc();
    const paragraph = new Y.XmlElement('paragraph');
    doc.getXmlFragment('item:a:body').insert(0, [paragraph]);
    paragraph.insert(0, [new Y.XmlText('')]);
    const roots = rootsOfNextTransaction(doc, () => {
      (paragraph.get(0) as Y.XmlText).insert(0, 'Hej');
    });
    expect([...roots]).toEqual(['item:a:body']);
  });

  it('names every root one transaction changed, including a nested map in the agenda', () => {
    const doc = new Y.Doc();
    const entry = new Y.Map<unknown>();
    doc.getArray<Y.Map<unknown>>('agenda').insert(0, [entry]);
    const roots = rootsOfNextTransaction(doc, () =>
      doc.transact(() => {
        entry.set('title', 'Budget');
        doc.getXmlFragment('item:a:decision').insert(0, [new Y.XmlElement('paragraph')]);
      }),
    );
    expect([...roots].sort()).toEqual(['agenda', 'item:a:decision']);
  });

  it('names the root of a deletion', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('item:b:proposal');
    fragment.insert(0, [new Y.XmlElement('paragraph')]);
    const roots = rootsOfNextTransaction(doc, () => fragment.delete(0, 1));
    expect([...roots]).toEqual(['item:b:proposal']);
  });
});
