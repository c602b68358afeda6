import { describe, expect, test } from 'vitest';
import { getSchema } from '@tiptap/core';
import { generateHTML, generateJSON } from '@tiptap/html/server';
import { decisionExtensions, minutesExtensions } from './minutesExtensions.ts';
import { FORWARDED_TO_COUNCIL_NODE } from '../testSupport/forwardedClause.ts';

describe('the headless editor schema', () => {
  test('[E1] builds in Node with StarterKit’s nodes and marks and the clause node', () => {
    const schema = getSchema(minutesExtensions);
    for (const node of [
      'paragraph',
      'heading',
      'bulletList',
      'orderedList',
      'listItem',
      'blockquote',
      'decisionClause',
    ]) {
      expect(schema.nodes[node], node).toBeDefined();
    }
    for (const mark of ['bold', 'italic', 'strike']) expect(schema.marks[mark], mark).toBeDefined();
    expect(schema.topNodeType.name).toBe('doc');
    expect(schema.topNodeType.spec.content).toBe('block+');
  });

  test('[E1][C1] the decision schema’s top node holds clauses only', () => {
    const schema = getSchema(decisionExtensions);
    expect(schema.topNodeType.spec.content).toBe('decisionClause+');
    expect(() =>
      schema.nodeFromJSON({ type: 'doc', content: [{ type: 'paragraph' }] }).check(),
    ).toThrow();
    const clause = {
      type: 'decisionClause',
      attrs: { clauseType: 'approve', target: null },
      content: [{ type: 'text', text: 'godkänna' }],
    };
    expect(() => schema.nodeFromJSON({ type: 'doc', content: [clause] }).check()).not.toThrow();
  });

  test('[E1] has no undo history of its own, since Collaboration brings one', () => {
    const names = minutesExtensions.flatMap((extension) => [
      extension.name,
      ...((extension.options as { undoRedo?: unknown }).undoRedo === false ? ['undoRedo:off'] : []),
    ]);
    expect(names).toContain('undoRedo:off');
  });

  test('[E1] body content round-trips through HTML without a browser', () => {
    const json = {
      type: 'doc',
      content: [
        { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Bakgrund' }] },
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'Region Dalarna har ' },
            { type: 'text', marks: [{ type: 'bold' }], text: 'beslutat' },
          ],
        },
        {
          type: 'bulletList',
          content: [
            {
              type: 'listItem',
              content: [{ type: 'paragraph', content: [{ type: 'text', text: 'punkt' }] }],
            },
          ],
        },
      ],
    };
    const html = generateHTML(json, minutesExtensions);
    expect(html).toBe(
      '<h2>Bakgrund</h2><p>Region Dalarna har <strong>beslutat</strong></p><ul><li><p>punkt</p></li></ul>',
    );
    expect(generateJSON(html, minutesExtensions)).toEqual(json);
  });

  test('[E1][C2][U1][V1] a decision clause round-trips through HTML with its type, target and due date', () => {
    const json = {
      type: 'doc',
      content: [FORWARDED_TO_COUNCIL_NODE],
    };
    const html = generateHTML(json, decisionExtensions);
    expect(html).toContain('data-clause-type="forward"');
    expect(html).toContain('data-due="2020-06-17"');
    expect(generateJSON(html, decisionExtensions)).toEqual(json);
  });
});
