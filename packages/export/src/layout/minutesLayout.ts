import type { AgendaItem, MinutesModel } from '@anteckna/doc-schema';
import type { ExportOptions } from '../exportTypes.ts';
import { formatSwedishDate } from '../swedishDate.ts';
import { approvalBlocks } from './approvalBlocks.ts';
import { attendanceBlocks } from './attendanceLayout.ts';
import { contentBlocks, plain } from './contentBlocks.ts';
import {
  attachmentBlocks,
  carriedFromBlocks,
  decisionBlocks,
  itemHeading,
  presenterBlocks,
  withdrawnBlocks,
} from './itemParts.ts';
import { createLayoutContext, type LayoutContext } from './layoutContext.ts';
import type { ExportLayout, HeadingLevel, LayoutBlock } from './layoutTypes.ts';
import { meetingBlocks, pageHeader } from './meetingBlocks.ts';
import { WORDS, bodySpokenName } from './minutesWording.ts';
import { agendaSections } from './agendaSections.ts';

/** One agenda item of the minutes: heading, presenters, text, attachments, decision. */
function minutesItemBlocks(ctx: LayoutContext, item: AgendaItem): LayoutBlock[] {
  const level: HeadingLevel = item.depth === 1 ? 3 : 2;
  const blocks: LayoutBlock[] = [itemHeading(ctx, item, level), ...carriedFromBlocks(item)];
  if (item.status === 'withdrawn') return [...blocks, ...withdrawnBlocks()];
  blocks.push(
    ...presenterBlocks(item),
    ...contentBlocks(item.body, level),
    ...attachmentBlocks(ctx, item),
    ...decisionBlocks(ctx, item),
  );
  return blocks;
}

export function buildMinutesLayout(model: MinutesModel, options: ExportOptions = {}): ExportLayout {
  const ctx = createLayoutContext(model, options);
  const { meeting } = ctx.model;
  const spoken = bodySpokenName(meeting);
  if (ctx.model.items.length === 0) {
    ctx.warnings.add('empty_agenda', 'Mötet har inga ärenden.', []);
  }
  const header = pageHeader(meeting, 'Minnesanteckningar', ctx.warnings);
  const blocks: LayoutBlock[] = [
    { type: 'heading', level: 1, runs: plain(`${WORDS.minutes} ${spoken}`.trim()) },
    ...meetingBlocks(meeting, ctx.warnings),
    ...attendanceBlocks(ctx.model),
    ...(ctx.model.items.length > 0
      ? agendaSections(ctx, ctx.model.items, minutesItemBlocks)
      : [{ type: 'paragraph' as const, runs: plain(WORDS.noItems), tone: 'muted' as const }]),
    ...approvalBlocks(ctx.model),
  ];
  return {
    title: `${WORDS.minutes} ${spoken} ${formatSwedishDate(meeting.date)}`
      .replace(/\s+/g, ' ')
      .trim(),
    author: meeting.bodyName.trim() || spoken,
    header,
    blocks,
    warnings: ctx.warnings.list(),
  };
}
