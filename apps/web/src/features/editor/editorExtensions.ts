import type { AnyExtension, Extensions } from '@tiptap/core';
import Collaboration from '@tiptap/extension-collaboration';
import CollaborationCaret from '@tiptap/extension-collaboration-caret';
import { decisionExtensions, minutesExtensions } from '@anteckna/doc-schema';
import type { ItemField } from '@anteckna/domain';
import type * as Y from 'yjs';
import type { Awareness } from 'y-protocols/awareness';
import { ReadOnlyGuard } from './readOnlyGuard.ts';

export interface CaretUser {
  name: string;
  color: string;
}

/**
 * StarterKit's trailing-node plugin appends an empty paragraph whenever a field ends in a list
 * or a heading — on load, without anyone typing. In a shared document that is an edit nobody
 * made (and in a read-only field one the server refuses), so the editors leave it out.
 */
function withoutTrailingNode(extension: AnyExtension): AnyExtension {
  return extension.name === 'starterKit' ? extension.configure({ trailingNode: false }) : extension;
}

/** The schema's extensions for one field, bound to its shared fragment, without collaboration UI. */
export function schemaExtensions(field: ItemField): Extensions {
  return (field === 'decision' ? decisionExtensions : minutesExtensions).map(withoutTrailingNode);
}

export function fieldExtensions(options: {
  field: ItemField;
  fragment: Y.XmlFragment;
  awareness: Awareness | null;
  user: CaretUser;
  extra?: Extensions;
}): Extensions {
  const extensions: Extensions = [
    ...schemaExtensions(options.field),
    Collaboration.configure({ fragment: options.fragment }),
    ReadOnlyGuard,
    ...(options.extra ?? []),
  ];
  if (options.awareness) {
    extensions.push(
      CollaborationCaret.configure({
        provider: { awareness: options.awareness },
        user: options.user,
      }),
    );
  }
  return extensions;
}
