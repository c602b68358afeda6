/**
 * The headless TipTap schema shared by the browser's editors and the server (SPEC rule T1).
 * No React, no DOM: `getSchema(minutesExtensions)` works in Node.
 */
import StarterKit from '@tiptap/starter-kit';
import type { Extensions } from '@tiptap/core';
import { DecisionClause, DecisionDocument } from './decisionClauseNode.ts';

/**
 * Collaboration brings its own undo (per Y.Doc, origin-aware), so StarterKit's history is off:
 * two undo stacks would undo each other's work. Autolink is off because it rewrites text in an
 * appended transaction, also when a document loads: a read-only user's editor would then send
 * an edit the server refuses.
 */
function starterKit(withDocument: boolean) {
  return StarterKit.configure({
    undoRedo: false,
    ...(withDocument ? {} : { document: false }),
    link: { openOnClick: false, autolink: false },
    // TrailingNode appends a paragraph when a caret moves into a field that ends in a list or
    // heading: a write nobody typed, which the server refuses for read-only users.
    trailingNode: false,
  });
}

/** Body and proposal fields: StarterKit's blocks and marks. */
export const minutesExtensions: Extensions = [starterKit(true), DecisionClause];

/** The decision field: a list of `decisionClause` nodes under its own top node. */
export const decisionExtensions: Extensions = [starterKit(false), DecisionDocument, DecisionClause];
