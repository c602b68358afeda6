import { createContext, useContext } from 'react';
import type { Editor } from '@tiptap/core';

/**
 * The mounted field editors of the open meeting by root name, so that keyboard commands can
 * move between them (Alt+↑/↓, Ctrl+Enter) and the palette can write into the decision field.
 */
export class EditorRegistry {
  private readonly editors = new Map<string, Editor>();
  private readonly waiting = new Map<string, (editor: Editor) => void>();

  register(rootName: string, editor: Editor): () => void {
    this.editors.set(rootName, editor);
    const waiting = this.waiting.get(rootName);
    if (waiting) {
      this.waiting.delete(rootName);
      waiting(editor);
    }
    return () => {
      if (this.editors.get(rootName) === editor) this.editors.delete(rootName);
    };
  }

  /** Runs `action` with the field's editor now, or as soon as the field opens and mounts one. */
  withEditor(rootName: string, action: (editor: Editor) => void): void {
    const editor = this.get(rootName);
    if (editor) action(editor);
    else this.waiting.set(rootName, action);
  }

  get(rootName: string): Editor | undefined {
    const editor = this.editors.get(rootName);
    return editor && !editor.isDestroyed ? editor : undefined;
  }
}

export const EditorRegistryContext = createContext<EditorRegistry | null>(null);

export function useEditorRegistry(): EditorRegistry {
  const registry = useContext(EditorRegistryContext);
  if (!registry) throw new Error('useEditorRegistry outside a meeting');
  return registry;
}
