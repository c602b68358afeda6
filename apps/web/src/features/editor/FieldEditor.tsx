import { useEffect, useId, useRef } from 'react';
import { EditorContent, useEditor } from '@tiptap/react';
import { yUndoPluginKey } from '@tiptap/y-tiptap';
import type { ItemField } from '@anteckna/domain';
import type { CollabSession } from './collabSession.ts';
import { fieldExtensions, type CaretUser } from './editorExtensions.ts';
import { useEditorRegistry } from './editorRegistry.ts';
import { LockNote } from './LockNote.tsx';
import { keyWouldType } from './typingKeys.ts';
import './fieldEditor.css';

export interface FieldEditorProps {
  session: CollabSession;
  rootName: string;
  field: ItemField;
  /** Visible label above the field ("Bakgrund"). */
  label: string;
  /** The accessible name, unique on the page ("Bakgrund, punkt 4 a"). */
  accessibleName: string;
  editable: boolean;
  /** Why the field is read-only; shown on the lock. */
  readOnlyReason: string | null;
  user: CaretUser;
  /** Hidden label, for fields whose heading says it already (the decision block). */
  hideLabel?: boolean;
  /** Called when the person puts the caret in the field. */
  onFocus?: () => void;
  /** Called when the person tries to type into the field while it is read-only. */
  onRefusedTyping?: () => void;
  className?: string;
}

/** One TipTap editor bound to one root of the shared document (`item:<id>:<field>`). */
export function FieldEditor(props: FieldEditorProps) {
  const { session, rootName, field, editable } = props;
  const registry = useEditorRegistry();
  const reasonId = useId();
  const focusListener = useRef(props.onFocus);
  focusListener.current = props.onFocus;
  const refusedListener = useRef(props.onRefusedTyping);
  refusedListener.current = props.onRefusedTyping;
  const labelId = useId();

  const attributes = {
    role: 'textbox',
    'aria-multiline': 'true',
    'aria-label': props.accessibleName,
    'aria-readonly': editable ? 'false' : 'true',
    ...(props.readOnlyReason ? { 'aria-describedby': reasonId } : {}),
    // A read-only field still takes focus, so a click and a keystroke land here (and are
    // answered with the reason) instead of on the page, where Space would scroll it.
    ...(editable ? {} : { tabindex: '0' }),
    class: 'field-editor-content',
    'data-root': rootName,
  };

  const editor = useEditor(
    {
      extensions: fieldExtensions({
        field,
        fragment: session.doc.getXmlFragment(rootName),
        awareness: session.provider.awareness,
        user: props.user,
      }),
      editable,
      editorProps: { attributes },
      // Content comes from the shared document only; rendering first on the server side of
      // React is not a thing here, and an immediate render avoids a flash of an empty editor.
      immediatelyRender: true,
      shouldRerenderOnTransaction: false,
    },
    [session, rootName, field],
  );

  useEffect(() => {
    if (!editor) return undefined;
    return registry.register(rootName, editor);
  }, [editor, registry, rootName]);

  // Access changes live (a phase change, a new presenter): the editor follows at once, and an
  // undo history from when the field was writable is dropped so it cannot be replayed into it.
  useEffect(() => {
    if (!editor || editor.isDestroyed) return;
    if (editor.isEditable !== editable) {
      editor.setEditable(editable, false);
      if (!editable) yUndoPluginKey.getState(editor.state)?.undoManager.clear();
    }
    editor.setOptions({ editorProps: { attributes } });
    // `attributes` is rebuilt each render from the values listed here.
  }, [editor, editable, props.accessibleName, props.readOnlyReason, reasonId, rootName]);

  // Typing into a read-only field says at once why nothing happens, and does not scroll.
  useEffect(() => {
    if (!editor || editable) return undefined;
    const dom = editor.view.dom;
    const refuse = (event: Event) => {
      if (event instanceof KeyboardEvent && !keyWouldType(event)) return;
      event.preventDefault();
      refusedListener.current?.();
    };
    const events = ['keydown', 'paste', 'drop'] as const;
    for (const name of events) dom.addEventListener(name, refuse);
    return () => {
      for (const name of events) dom.removeEventListener(name, refuse);
    };
  }, [editor, editable]);

  // Others see a dot at the item where someone is writing: the awareness field `editing`.
  useEffect(() => {
    if (!editor) return undefined;
    const awareness = session.provider.awareness;
    const onFocus = () => {
      awareness.setLocalStateField('editing', rootName);
      focusListener.current?.();
    };
    const onBlur = () => {
      if (awareness.getLocalState()?.editing === rootName)
        awareness.setLocalStateField('editing', null);
    };
    editor.on('focus', onFocus);
    editor.on('blur', onBlur);
    return () => {
      editor.off('focus', onFocus);
      editor.off('blur', onBlur);
    };
  }, [editor, session, rootName]);

  return (
    <div
      className={`field ${props.className ?? ''}`}
      data-field={field}
      data-editable={editable}
      aria-labelledby={props.hideLabel ? undefined : labelId}
    >
      {!props.hideLabel && (
        <div className="field-label-row">
          <span className="field-label" id={labelId}>
            {props.label}
          </span>
          {props.readOnlyReason && <LockNote id={reasonId} reason={props.readOnlyReason} />}
        </div>
      )}
      {props.hideLabel && props.readOnlyReason && (
        <LockNote id={reasonId} reason={props.readOnlyReason} floating />
      )}
      <EditorContent editor={editor} />
    </div>
  );
}
