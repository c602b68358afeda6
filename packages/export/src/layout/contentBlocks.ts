import type { Block, TextRun } from '@anteckna/doc-schema';
import type { HeadingLevel, LayoutBlock } from './layoutTypes.ts';

/**
 * Rich text written in the editor → layout blocks. A heading written inside an item sits one
 * level below the item's own heading whatever level its author picked, so that the exported
 * outline never skips or climbs a level.
 */
export function contentBlocks(blocks: readonly Block[], itemLevel: HeadingLevel): LayoutBlock[] {
  const out: LayoutBlock[] = [];
  for (const block of blocks) {
    const converted = contentBlock(block, itemLevel);
    if (converted) out.push(converted);
  }
  return out;
}

function contentBlock(block: Block, itemLevel: HeadingLevel): LayoutBlock | null {
  switch (block.type) {
    case 'paragraph':
      return hasText(block.runs) ? { type: 'paragraph', runs: block.runs } : null;
    case 'heading': {
      if (!hasText(block.runs)) return null;
      if (itemLevel >= 4) return { type: 'paragraph', runs: boldRuns(block.runs) };
      return { type: 'heading', level: (itemLevel + 1) as HeadingLevel, runs: block.runs };
    }
    case 'bulletList':
    case 'orderedList': {
      const items = block.items
        .map((itemBlocks) => contentBlocks(itemBlocks, itemLevel))
        .filter((itemBlocks) => itemBlocks.length > 0);
      if (items.length === 0) return null;
      return { type: 'list', ordered: block.type === 'orderedList', items };
    }
    case 'blockquote': {
      const inner = contentBlocks(block.blocks, itemLevel);
      return inner.length > 0 ? { type: 'quote', blocks: inner } : null;
    }
  }
}

export function hasText(runs: readonly TextRun[]): boolean {
  return runs.some((run) => run.text.trim().length > 0);
}

function boldRuns(runs: readonly TextRun[]): TextRun[] {
  return runs.map((run) => ({ ...run, bold: true }));
}

/** A single plain run, the most common paragraph the exporter writes itself. */
export function plain(text: string): TextRun[] {
  return [{ text }];
}
