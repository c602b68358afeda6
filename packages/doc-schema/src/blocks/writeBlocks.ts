/**
 * Writes plain blocks into a TipTap field exactly as @tiptap/y-tiptap would for the same
 * content (SPEC rules T1–T3), so the editor reads what the server wrote and writes nothing back.
 */
import * as Y from 'yjs';
import type { Block, TextRun } from '../minutesModel.ts';
import { DocSchemaError } from '../layout/docSchemaError.ts';
import { itemFieldOf } from '../layout/docLayout.ts';
import { inlineChildren } from './textRuns.ts';

export function writeBlocks(fragment: Y.XmlFragment, blocks: readonly Block[]): void {
  const doc = fragment.doc;
  if (doc === null)
    throw new DocSchemaError('detached_fragment', 'The fragment is not in a document');
  const field = itemFieldOf(fragment);
  if (field?.field === 'decision') {
    throw new DocSchemaError(
      'wrong_field',
      'Decision fields hold clauses: use writeDecisionClauses',
      {
        itemId: field.itemId,
      },
    );
  }
  validateBlocks(blocks);
  doc.transact(() => replaceBlocks(fragment, blocks));
}

/** Replaces the content without validating: for writers that validated everything first. */
export function replaceBlocks(fragment: Y.XmlFragment, blocks: readonly Block[]): void {
  fragment.delete(0, fragment.length);
  if (blocks.length > 0) fragment.insert(0, blocks.map(blockElement));
}

export function validateBlocks(blocks: readonly Block[]): void {
  if (!Array.isArray(blocks)) throw new DocSchemaError('invalid_block', 'Blocks must be an array');
  blocks.forEach((block, index) => validateBlock(block, `${index}`));
}

export function blockElement(block: Block): Y.XmlElement {
  switch (block.type) {
    case 'paragraph':
      return withChildren(new Y.XmlElement('paragraph'), inlineChildren(block.runs));
    case 'heading': {
      const heading = new Y.XmlElement('heading');
      setAttribute(heading, 'level', block.level);
      return withChildren(heading, inlineChildren(block.runs));
    }
    case 'bulletList':
    case 'orderedList': {
      const list = new Y.XmlElement(block.type);
      // y-tiptap stores every attribute that is not null, defaults included.
      if (block.type === 'orderedList') setAttribute(list, 'start', 1);
      const items = block.items.map((blocks) =>
        withChildren(new Y.XmlElement('listItem'), blocks.map(blockElement)),
      );
      return withChildren(list, items);
    }
    case 'blockquote':
      return withChildren(new Y.XmlElement('blockquote'), block.blocks.map(blockElement));
  }
}

/** y-tiptap stores attributes with their JSON type (`level: 2`, not `"2"`). */
export function setAttribute(element: Y.XmlElement, name: string, value: string | number): void {
  (element as unknown as Y.XmlElement<Record<string, string | number>>).setAttribute(name, value);
}

function withChildren(
  element: Y.XmlElement,
  children: Array<Y.XmlElement | Y.XmlText>,
): Y.XmlElement {
  if (children.length > 0) element.insert(0, children);
  return element;
}

/** The shapes StarterKit's schema accepts; anything else would be dropped by the editor. */
function validateBlock(block: Block, path: string): void {
  const fail = (reason: string): never => {
    throw new DocSchemaError('invalid_block', `Block ${path}: ${reason}`, { path, reason });
  };
  switch (block.type) {
    case 'paragraph':
      return validateRuns(block.runs, fail);
    case 'heading':
      if (!Number.isInteger(block.level) || block.level < 1 || block.level > 6)
        fail('heading level must be 1–6');
      return validateRuns(block.runs, fail);
    case 'bulletList':
    case 'orderedList':
      if (!Array.isArray(block.items) || block.items.length === 0)
        fail('a list needs at least one item');
      block.items.forEach((item, index) => {
        if (item[0]?.type !== 'paragraph') fail(`list item ${index} must start with a paragraph`);
        item.forEach((child, childIndex) => validateBlock(child, `${path}.${index}.${childIndex}`));
      });
      return;
    case 'blockquote':
      if (!Array.isArray(block.blocks) || block.blocks.length === 0)
        fail('a quote needs at least one block');
      block.blocks.forEach((child, index) => validateBlock(child, `${path}.${index}`));
      return;
    default:
      fail('unknown block type');
  }
}

function validateRuns(runs: readonly TextRun[], fail: (reason: string) => never): void {
  if (!Array.isArray(runs)) fail('runs must be an array');
  for (const run of runs) {
    if (typeof run?.text !== 'string') fail('every run needs a text');
  }
}
