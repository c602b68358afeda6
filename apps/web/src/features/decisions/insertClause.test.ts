// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { readDecision, writeDecisionClauses } from '@anteckna/doc-schema';
import { useFieldEditors } from '../../testSupport/fieldEditors.ts';
import { addEmptyClause, insertClause } from './insertClause.ts';

const fieldEditors = useFieldEditors();

function decisionEditor() {
  const fragment = new Y.Doc().getXmlFragment('item:a:decision');
  return { editor: fieldEditors.mount({ field: 'decision', fragment }), fragment };
}

describe('insertClause', () => {
  it('fills an empty decision field with the clause instead of adding a second one', () => {
    const { editor, fragment } = decisionEditor();
    insertClause(editor, { type: 'note', text: 'lägga informationen till handlingarna' });
    expect(readDecision(fragment)).toEqual([
      { type: 'note', text: 'lägga informationen till handlingarna' },
    ]);
  });

  it('adds after the clauses already there and selects the first blank to type over', () => {
    const { editor, fragment } = decisionEditor();
    writeDecisionClauses(fragment, [{ type: 'approve', text: 'godkänna dagordningen' }]);
    insertClause(editor, { type: 'task', text: 'uppdra åt … att …' });
    expect(readDecision(fragment).map((clause) => clause.type)).toEqual(['approve', 'task']);
    const { from, to } = editor.state.selection;
    expect(editor.state.doc.textBetween(from, to)).toBe('…');
  });

  it('keeps the target of a forwarding clause', () => {
    const { editor, fragment } = decisionEditor();
    insertClause(editor, {
      type: 'forward',
      text: 'ärendet skickas vidare för Välfärdsrådets ställningstagande',
      target: 'Välfärdsrådet',
    });
    expect(readDecision(fragment)[0]?.target).toBe('Välfärdsrådet');
  });
});

describe('addEmptyClause', () => {
  it('adds one empty clause and does not pile up more when pressed again', () => {
    const { editor } = decisionEditor();
    insertClause(editor, { type: 'note', text: 'lägga informationen till handlingarna' });
    addEmptyClause(editor);
    addEmptyClause(editor);
    expect(editor.state.doc.childCount).toBe(2);
    expect(editor.state.selection.$from.parent.content.size).toBe(0);
  });
});
