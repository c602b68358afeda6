import type { AgendaItem } from '@anteckna/doc-schema';
import { plain } from './contentBlocks.ts';
import type { LayoutContext } from './layoutContext.ts';
import type { LayoutBlock } from './layoutTypes.ts';
import { omittedItemNotice } from './minutesWording.ts';

/** Items in agenda order; in the public version an internal item leaves a one-line notice. */
export function agendaSections(
  ctx: LayoutContext,
  items: readonly AgendaItem[],
  itemBlocks: (ctx: LayoutContext, item: AgendaItem) => LayoutBlock[],
): LayoutBlock[] {
  const sections: LayoutBlock[] = [];
  for (const item of items) {
    if (ctx.isOmitted(item)) {
      // A sub-item of an omitted parent is covered by the parent's notice.
      const parentOmitted = items.some((other) => other.id === item.parentId && other.internal);
      if (parentOmitted) continue;
      sections.push({ type: 'paragraph', runs: plain(omittedItemNotice(item)), tone: 'muted' });
      continue;
    }
    sections.push({ type: 'section', blocks: itemBlocks(ctx, item) });
  }
  return sections;
}
