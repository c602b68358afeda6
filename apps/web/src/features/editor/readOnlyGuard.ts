import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';
import { isChangeOrigin } from '@tiptap/extension-collaboration';

/**
 * A read-only field must never write: the server would refuse the edit and the person would be
 * thrown out of the meeting for something they did not do. Any extension that appends a change
 * (on load, or in answer to someone else's typing) is stopped here unless the change comes from
 * the shared document itself. The server still decides; this keeps the editor honest.
 */
export const ReadOnlyGuard = Extension.create({
  name: 'readOnlyGuard',

  addProseMirrorPlugins() {
    const editor = this.editor;
    return [
      new Plugin({
        key: new PluginKey('readOnlyGuard'),
        filterTransaction: (transaction) =>
          editor.isEditable || !transaction.docChanged || isChangeOrigin(transaction),
      }),
    ];
  },
});
