import type { Editor } from '@tiptap/core';
import { TextSelection } from '@tiptap/pm/state';
import type { ClauseType } from '@anteckna/doc-schema';

export interface ClauseDraft {
  type: ClauseType;
  /** Without the leading "att"; "…" marks where the secretary types next. */
  text: string;
  target?: string;
}

const BLANK = '…';

/**
 * Adds a clause at the end of a decision field through its editor, so that it lands in the
 * secretary's undo history and the caret goes straight to the part still to be written (the
 * first "…"). A field that holds only one empty clause has it replaced instead of kept.
 */
export function insertClause(editor: Editor, draft: ClauseDraft): void {
  const { state } = editor;
  const clauseType = state.schema.nodes.decisionClause;
  if (!clauseType) throw new Error('This editor has no decision clauses');
  const node = clauseType.create(
    { clauseType: draft.type, target: draft.target ?? null },
    draft.text ? state.schema.text(draft.text) : null,
  );
  const doc = state.doc;
  const onlyEmpty = doc.childCount === 1 && doc.firstChild?.content.size === 0;
  const start = onlyEmpty ? 0 : doc.content.size;
  const transaction = onlyEmpty
    ? state.tr.replaceWith(0, doc.content.size, node)
    : state.tr.insert(start, node);
  const textStart = start + 1;
  const blank = draft.text.indexOf(BLANK);
  const selection =
    blank >= 0
      ? TextSelection.create(transaction.doc, textStart + blank, textStart + blank + BLANK.length)
      : TextSelection.create(transaction.doc, textStart + draft.text.length);
  editor.view.dispatch(transaction.setSelection(selection).scrollIntoView());
  editor.view.focus();
}

/** Ctrl+Enter: a new, empty "att"-clause at the end, or the caret into the empty last one. */
export function addEmptyClause(editor: Editor): void {
  const last = editor.state.doc.lastChild;
  if (last && last.type.name === 'decisionClause' && last.content.size === 0) {
    const end = editor.state.doc.content.size - 1;
    editor.view.dispatch(editor.state.tr.setSelection(TextSelection.create(editor.state.doc, end)));
    editor.view.focus();
    return;
  }
  insertClause(editor, { type: 'other', text: '' });
}
