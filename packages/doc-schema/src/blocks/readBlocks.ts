/**
 * Reads a TipTap field (`item:<id>:body`, `item:<id>:proposal`) into plain blocks (SPEC rule T1).
 * Unknown elements are skipped rather than thrown on: a reader must never fail on what a newer
 * editor wrote.
 */
import * as Y from 'yjs';
import type { Block } from '../minutesModel.ts';
import { runsFromInline } from './textRuns.ts';

export function readBlocks(fragment: Y.XmlFragment | Y.XmlElement): Block[] {
  const blocks: Block[] = [];
  for (const child of fragment.toArray()) {
    if (child instanceof Y.XmlElement) {
      const block = readBlock(child);
      if (block !== null) blocks.push(block);
    }
  }
  return blocks;
}

function readBlock(element: Y.XmlElement): Block | null {
  switch (element.nodeName) {
    case 'paragraph':
    case 'decisionClause':
      return { type: 'paragraph', runs: runsFromInline(element) };
    case 'codeBlock':
      return {
        type: 'paragraph',
        runs: runsFromInline(element).map((run) => ({ ...run, code: true })),
      };
    case 'heading':
      return {
        type: 'heading',
        level: headingLevel(element.getAttribute('level')),
        runs: runsFromInline(element),
      };
    case 'bulletList':
    case 'orderedList':
      return { type: element.nodeName, items: readListItems(element) };
    case 'blockquote':
      return { type: 'blockquote', blocks: readBlocks(element) };
    default:
      return null;
  }
}

function readListItems(list: Y.XmlElement): Block[][] {
  const items: Block[][] = [];
  for (const child of list.toArray()) {
    if (child instanceof Y.XmlElement && child.nodeName === 'listItem')
      items.push(readBlocks(child));
  }
  return items;
}

function headingLevel(value: unknown): number {
  const level = typeof value === 'number' ? value : Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 6 ? level : 1;
}
