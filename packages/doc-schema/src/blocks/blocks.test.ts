import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import type { Block } from '../minutesModel.ts';
import { writeBlocks } from './writeBlocks.ts';
import { readBlocks } from './readBlocks.ts';
import { thrownId } from '../testSupport/thrownId.ts';
import { countUpdates, stateOf } from '../testSupport/updateCounter.ts';

const blocks: Block[] = [
  { type: 'paragraph', runs: [{ text: 'Första stycket' }] },
  { type: 'heading', level: 3, runs: [{ text: 'Rubrik', italic: true }] },
];

describe('writeBlocks and readBlocks', () => {
  test('[T1] what is written reads back as the same blocks', () => {
    const fragment = new Y.Doc().getXmlFragment('item:a:body');
    writeBlocks(fragment, blocks);
    expect(readBlocks(fragment)).toEqual(blocks);
  });

  test('[T4] writing replaces the whole field', () => {
    const fragment = new Y.Doc().getXmlFragment('item:a:body');
    writeBlocks(fragment, blocks);
    writeBlocks(fragment, [{ type: 'paragraph', runs: [{ text: 'Ny text' }] }]);
    expect(readBlocks(fragment)).toEqual([{ type: 'paragraph', runs: [{ text: 'Ny text' }] }]);
  });

  test('[T3] a heading stores its level as a number and an empty paragraph has no text child', () => {
    const fragment = new Y.Doc().getXmlFragment('item:a:body');
    writeBlocks(fragment, [...blocks, { type: 'paragraph', runs: [] }]);
    const [, heading, empty] = fragment.toArray() as Y.XmlElement[];
    expect(heading!.getAttribute('level')).toBe(3);
    expect(empty!.length).toBe(0);
  });

  test('[T1] a code block reads as code runs and unknown elements are skipped', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('item:a:body');
    const code = new Y.XmlElement('codeBlock');
    code.insert(0, [new Y.XmlText('x = 1')]);
    fragment.insert(0, [code, new Y.XmlElement('horizontalRule'), new Y.XmlElement('table')]);
    expect(readBlocks(fragment)).toEqual([
      { type: 'paragraph', runs: [{ text: 'x = 1', code: true }] },
    ]);
  });

  test('[W3] one call is one update', () => {
    const doc = new Y.Doc();
    const counter = countUpdates(doc);
    writeBlocks(doc.getXmlFragment('item:a:body'), blocks);
    expect(counter.count).toBe(1);
  });

  test('[T4][W5] a decision field is refused and nothing changes', () => {
    const doc = new Y.Doc();
    const before = stateOf(doc);
    expect(thrownId(() => writeBlocks(doc.getXmlFragment('item:a:decision'), blocks))).toBe(
      'wrong_field',
    );
    expect(stateOf(doc)).toBe(before);
  });

  test('[T4][W5] shapes the schema rejects are refused before anything is written', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('item:a:body');
    writeBlocks(fragment, blocks);
    const before = stateOf(doc);
    const bad: Block[][] = [
      [{ type: 'heading', level: 7, runs: [] }],
      [{ type: 'bulletList', items: [] }],
      [{ type: 'orderedList', items: [[{ type: 'heading', level: 1, runs: [] }]] }],
      [{ type: 'blockquote', blocks: [] }],
      [{ type: 'paragraph', runs: [{ text: 3 as unknown as string }] }],
    ];
    for (const shape of bad)
      expect(thrownId(() => writeBlocks(fragment, [...blocks, ...shape]))).toBe('invalid_block');
    expect(stateOf(doc)).toBe(before);
  });

  test('[T4] a fragment outside a document is refused', () => {
    expect(thrownId(() => writeBlocks(new Y.XmlFragment(), blocks))).toBe('detached_fragment');
  });
});
