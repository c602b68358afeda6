import { describe, expect, test } from 'vitest';
import * as Y from 'yjs';
import { getSchema } from '@tiptap/core';
import { prosemirrorToYXmlFragment, yXmlFragmentToProseMirrorRootNode } from '@tiptap/y-tiptap';
import type { Block, DecisionClause } from '../minutesModel.ts';
import { decisionExtensions, minutesExtensions } from '../editor/minutesExtensions.ts';
import { writeBlocks } from './writeBlocks.ts';
import { readBlocks } from './readBlocks.ts';
import { ELECTED_CHAIR } from '../testSupport/decisionMeeting.ts';
import { writeDecisionClauses } from '../decision/writeDecisionClauses.ts';
import { readDecision } from '../decision/readDecision.ts';
import { FORWARDED_TO_COUNCIL, FORWARDED_TO_COUNCIL_NODE } from '../testSupport/forwardedClause.ts';

const minutesSchema = getSchema(minutesExtensions);
const decisionSchema = getSchema(decisionExtensions);

/** Everything y-tiptap stores, in a comparable form: names, attributes, text deltas. */
function dump(node: Y.XmlFragment | Y.XmlElement | Y.XmlText): unknown {
  if (node instanceof Y.XmlText) return { delta: node.toDelta() };
  const children = node.toArray().map((child) => dump(child as Y.XmlElement | Y.XmlText));
  return node instanceof Y.XmlElement
    ? { name: node.nodeName, attrs: node.getAttributes(), children }
    : children;
}

/** What the editor writes for the same content: y-tiptap's own conversion into a fresh field. */
function asEditorWritesIt(
  fragment: Y.XmlFragment,
  schema: typeof minutesSchema,
  rootName: string,
): Y.XmlFragment {
  const node = yXmlFragmentToProseMirrorRootNode(fragment, schema);
  const other = new Y.Doc().getXmlFragment(rootName);
  prosemirrorToYXmlFragment(node, other);
  return other;
}

const richBlocks: Block[] = [
  { type: 'heading', level: 2, runs: [{ text: 'Bakgrund' }] },
  {
    type: 'paragraph',
    runs: [
      { text: 'Region Dalarna har ' },
      { text: 'beslutat', bold: true },
      { text: ' att ', italic: true, strike: true },
      { text: 'skjuta upp', underline: true },
      { text: ' starten.', code: true },
      { text: '\nNy plan' },
      { text: ' efter sommaren', link: 'https://exempel.se/plan' },
    ],
  },
  { type: 'paragraph', runs: [] },
  {
    type: 'orderedList',
    items: [
      [{ type: 'paragraph', runs: [{ text: 'att godkänna förslaget' }] }],
      [
        { type: 'paragraph', runs: [{ text: 'att uppdra åt RSS' }] },
        { type: 'bulletList', items: [[{ type: 'paragraph', runs: [{ text: 'underpunkt' }] }]] },
      ],
    ],
  },
  {
    type: 'blockquote',
    blocks: [{ type: 'paragraph', runs: [{ text: 'Citat', bold: true, italic: true }] }],
  },
];

describe('what the writers store is what the editor stores', () => {
  test('[T1][T2][T3] body blocks written by writeBlocks equal y-tiptap’s own storage of them', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('item:i1:body');
    writeBlocks(fragment, richBlocks);
    const editor = asEditorWritesIt(fragment, minutesSchema, 'item:i1:body');
    expect(dump(fragment)).toEqual(dump(editor));
  });

  test('[T1][T2] readBlocks reads back what the editor wrote', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('item:i1:body');
    writeBlocks(fragment, richBlocks);
    expect(readBlocks(asEditorWritesIt(fragment, minutesSchema, 'item:i1:body'))).toEqual(
      richBlocks,
    );
  });

  test('[T2] the editor sees bold as a bold mark with empty attrs and links with their href', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('item:i1:body');
    writeBlocks(fragment, richBlocks);
    const json = yXmlFragmentToProseMirrorRootNode(fragment, minutesSchema).toJSON() as {
      content: Array<{
        content?: Array<{
          text: string;
          marks?: Array<{ type: string; attrs?: { href?: string } }>;
        }>;
      }>;
    };
    const runs = json.content[1]!.content!;
    expect(runs.find((run) => run.text === 'beslutat')?.marks).toEqual([{ type: 'bold' }]);
    const link = runs.find((run) => run.text === ' efter sommaren')?.marks?.[0];
    expect(link?.type).toBe('link');
    expect(link?.attrs?.href).toBe('https://exempel.se/plan');
  });

  test('[C1][C2][C3][U1][V1] decision clauses written by writeDecisionClauses equal y-tiptap’s storage', () => {
    const clauses: DecisionClause[] = [
      { type: 'note', text: 'lägga informationen till handlingarna' },
      FORWARDED_TO_COUNCIL,
      ELECTED_CHAIR,
    ];
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('item:i1:decision');
    writeDecisionClauses(fragment, clauses);
    const node = yXmlFragmentToProseMirrorRootNode(fragment, decisionSchema);
    expect(node.toJSON()).toEqual({
      type: 'doc',
      content: [
        {
          type: 'decisionClause',
          attrs: {
            clauseType: 'note',
            target: null,
            due: null,
            personId: null,
            role: null,
            termFrom: null,
            termTo: null,
          },
          content: [{ type: 'text', text: 'lägga informationen till handlingarna' }],
        },
        FORWARDED_TO_COUNCIL_NODE,
        {
          type: 'decisionClause',
          attrs: {
            clauseType: 'elect',
            target: 'Anna Berg',
            due: null,
            personId: 'u-anna',
            role: 'ordförande',
            termFrom: '2027-01-01',
            termTo: '2028-12-31',
          },
          content: [{ type: 'text', text: 'välja Anna Berg till ordförande' }],
        },
      ],
    });
    const editor = asEditorWritesIt(fragment, decisionSchema, 'item:i1:decision');
    expect(dump(fragment)).toEqual(dump(editor));
    expect(readDecision(editor)).toEqual(clauses);
  });

  test('[T2] a mark key with y-tiptap’s hash suffix reads as the mark', () => {
    const doc = new Y.Doc();
    const fragment = doc.getXmlFragment('item:i1:body');
    const paragraph = new Y.XmlElement('paragraph');
    const text = new Y.XmlText();
    text.applyDelta([{ insert: 'fet', attributes: { 'bold--AbCd1234': {} } }]);
    paragraph.insert(0, [text]);
    fragment.insert(0, [paragraph]);
    expect(readBlocks(fragment)).toEqual([
      { type: 'paragraph', runs: [{ text: 'fet', bold: true }] },
    ]);
  });
});
