import { afterEach } from 'vitest';
import { Editor } from '@tiptap/core';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import type { ItemField } from '@anteckna/domain';
import { fieldExtensions } from '../features/editor/editorExtensions.ts';

/**
 * Field editors as the app mounts them (the field's schema, Collaboration on its Yjs fragment,
 * the caret when there is awareness), on a detached element, each destroyed after its test.
 * Call once per test file, in a DOM environment.
 */
export function useFieldEditors() {
  const editors: Editor[] = [];
  afterEach(() => {
    while (editors.length > 0) editors.pop()?.destroy();
  });
  return {
    mount(options: {
      field: ItemField;
      fragment: Y.XmlFragment;
      awareness?: Awareness | null;
      editable?: boolean;
    }): Editor {
      const editor = new Editor({
        element: document.createElement('div'),
        editable: options.editable ?? true,
        extensions: fieldExtensions({
          field: options.field,
          fragment: options.fragment,
          awareness: options.awareness ?? null,
          user: { name: 'Test', color: '#1f6feb' },
        }),
      });
      editors.push(editor);
      return editor;
    },
    /** Every editor the test has mounted so far. */
    mounted: (): readonly Editor[] => editors,
  };
}
