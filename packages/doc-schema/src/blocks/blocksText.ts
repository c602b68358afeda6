import type { Block } from '../minutesModel.ts';
import { plainText } from './textRuns.ts';

/** The plain text of blocks, one line per paragraph and "• " before list items: for diffs and search. */
export function blocksText(blocks: readonly Block[]): string {
  return blocks
    .map((block) => {
      if (block.type === 'paragraph' || block.type === 'heading') return plainText(block.runs);
      if (block.type === 'blockquote') return blocksText(block.blocks);
      return block.items.map((item) => `• ${blocksText(item)}`).join('\n');
    })
    .join('\n');
}
