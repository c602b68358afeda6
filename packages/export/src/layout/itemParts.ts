import type { AgendaItem, Attachment } from '@anteckna/doc-schema';
import { formatSwedishDate } from '@anteckna/domain';
import { calendarBlocks } from './calendarBlocks.ts';
import { contentBlocks, plain } from './contentBlocks.ts';
import type { LayoutContext } from './layoutContext.ts';
import type { HeadingLevel, LayoutBlock } from './layoutTypes.ts';
import {
  KIND_LABELS,
  WORDS,
  clauseWithFollowUp,
  decisionLead,
  itemLabel,
  omittedAttachmentNotice,
  presenterText,
  showsKindPrefix,
} from './minutesWording.ts';

/** "a) **Information:** Cosmic Link": the number, the kind in bold, the title. */
export function itemHeading(
  ctx: LayoutContext,
  item: AgendaItem,
  level: HeadingLevel,
): LayoutBlock {
  const runs = [{ text: `${itemLabel(item)} ` }];
  const title = item.title.trim() || '(utan rubrik)';
  if (showsKindPrefix(item, ctx.hasChildren(item))) {
    return {
      type: 'heading',
      level,
      runs: [...runs, { text: `${KIND_LABELS[item.kind]}:`, bold: true }, { text: ` ${title}` }],
    };
  }
  return { type: 'heading', level, runs: [...runs, { text: title }] };
}

export function carriedFromBlocks(item: AgendaItem): LayoutBlock[] {
  if (!item.carriedFrom) return [];
  const { bodyName, date } = item.carriedFrom;
  const text = `Överfört från ${bodyName}, möte ${formatSwedishDate(date)}.`;
  return [{ type: 'paragraph', runs: plain(text), tone: 'muted' }];
}

/** "Föredragande: name, title, organisation; name, title". */
export function presenterBlocks(item: AgendaItem): LayoutBlock[] {
  const people = item.presenters.map(presenterText).filter(Boolean);
  if (people.length === 0) return [];
  return [
    {
      type: 'paragraph',
      runs: [{ text: `${WORDS.presenters}: `, bold: true }, { text: people.join('; ') }],
    },
  ];
}

function attachmentLine(ctx: LayoutContext, item: AgendaItem, attachment: Attachment): string {
  if (ctx.audience === 'public' && attachment.internal) {
    return omittedAttachmentNotice(attachment.label);
  }
  const name = attachment.fileName.trim();
  const base = name ? `${attachment.label}: ${name}` : attachment.label;
  if (!ctx.missingAttachmentIds.has(attachment.id)) return base;
  ctx.warnings.add('missing_attachment', 'En bilagefil saknas och kunde inte bifogas.', [
    `${attachment.label} (punkt ${item.number})`,
  ]);
  return `${base} (${WORDS.fileMissing})`;
}

export function attachmentBlocks(ctx: LayoutContext, item: AgendaItem): LayoutBlock[] {
  if (item.attachments.length === 0) return [];
  const lines = item.attachments.map((attachment) => attachmentLine(ctx, item, attachment));
  return [
    {
      type: 'list',
      ordered: false,
      items: lines.map((line) => [{ type: 'paragraph', runs: plain(line) }]),
    },
  ];
}

export function decisionBlocks(ctx: LayoutContext, item: AgendaItem): LayoutBlock[] {
  const clauses = item.decision.filter((clause) => clause.text.trim().length > 0);
  if (clauses.length === 0) return [];
  return [
    {
      type: 'decision',
      lead: decisionLead(ctx.model.meeting),
      clauses: clauses.map(clauseWithFollowUp),
    },
  ];
}

export function withdrawnBlocks(): LayoutBlock[] {
  return [{ type: 'paragraph', runs: [{ text: WORDS.withdrawn, bold: true }] }];
}

/**
 * What the minutes and the meeting pack both show of an item: heading, back-reference, then either
 * "Ärendet utgår" or presenters, text and attachments. `open` says whether more may follow (a
 * withdrawn item ends here: it has no proposal and no decision).
 */
export function itemOpeningBlocks(
  ctx: LayoutContext,
  item: AgendaItem,
  level: HeadingLevel,
): { blocks: LayoutBlock[]; open: boolean } {
  const blocks: LayoutBlock[] = [itemHeading(ctx, item, level), ...carriedFromBlocks(item)];
  if (item.status === 'withdrawn')
    return { blocks: [...blocks, ...withdrawnBlocks()], open: false };
  blocks.push(
    ...presenterBlocks(item),
    ...contentBlocks(item.body, level),
    ...calendarBlocks(ctx.model.meeting, item),
    ...attachmentBlocks(ctx, item),
  );
  return { blocks, open: true };
}
