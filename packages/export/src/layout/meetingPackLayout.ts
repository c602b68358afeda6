import type { AgendaItem, MinutesModel } from '@anteckna/doc-schema';
import type { ExportOptions } from '../exportTypes.ts';
import { formatSwedishDate } from '@anteckna/domain';
import { contentBlocks, plain } from './contentBlocks.ts';
import { itemOpeningBlocks } from './itemParts.ts';
import { createLayoutContext, type LayoutContext } from './layoutContext.ts';
import type { ExportLayout, HeadingLevel, LayoutBlock } from './layoutTypes.ts';
import { draftBlocks, meetingBlocks, pageHeader } from './meetingBlocks.ts';
import { agendaSections } from './agendaSections.ts';
import { KIND_LABELS, WORDS, bodySpokenName, showsKindPrefix } from './minutesWording.ts';

/** What a presenter wrote beforehand: background, attachments and the proposed decision. */
function packItemBlocks(ctx: LayoutContext, item: AgendaItem): LayoutBlock[] {
  const level: HeadingLevel = item.depth === 1 ? 4 : 3;
  const { blocks, open } = itemOpeningBlocks(ctx, item, level);
  const proposal = open ? contentBlocks(item.proposal, level) : [];
  if (proposal.length > 0) {
    blocks.push({ type: 'paragraph', runs: [{ text: WORDS.proposal, bold: true }] }, ...proposal);
  }
  return blocks;
}

/** Late items (and their sub-items) go under "Tillkommande ärenden". */
function isLate(item: AgendaItem, items: readonly AgendaItem[]): boolean {
  const parent = item.parentId ? items.find((other) => other.id === item.parentId) : undefined;
  return parent ? parent.late : item.late;
}

function agendaList(ctx: LayoutContext, items: readonly AgendaItem[]): LayoutBlock {
  return {
    type: 'list',
    ordered: true,
    labels: items.map((item) => (item.depth === 1 ? `${item.number})` : `${item.number}.`)),
    items: items.map((item) => {
      const title = item.title.trim() || '(utan rubrik)';
      const runs = showsKindPrefix(item, ctx.hasChildren(item))
        ? [{ text: `${KIND_LABELS[item.kind]}:`, bold: true }, { text: ` ${title}` }]
        : [{ text: title }];
      return [{ type: 'paragraph', runs }];
    }),
  };
}

function attachmentIndex(ctx: LayoutContext, items: readonly AgendaItem[]): LayoutBlock[] {
  const lines = items.flatMap((item) =>
    item.attachments
      .filter((attachment) => !(ctx.audience === 'public' && attachment.internal))
      .map((attachment) => `${attachment.label}: ${attachment.fileName} (punkt ${item.number})`),
  );
  if (lines.length === 0) return [];
  return [
    {
      type: 'section',
      blocks: [
        { type: 'heading', level: 2, runs: plain(WORDS.attachments) },
        {
          type: 'list',
          ordered: false,
          items: lines.map((line) => [{ type: 'paragraph', runs: plain(line) }]),
        },
      ],
    },
  ];
}

/** The meeting pack (handlingar) sent before the meeting, shaped like seed 004. */
export function buildMeetingPackLayout(
  model: MinutesModel,
  options: ExportOptions = {},
): ExportLayout {
  const ctx = createLayoutContext(model, options);
  const { meeting, items } = ctx.model;
  const spoken = bodySpokenName(meeting);
  const visible = items.filter((item) => !ctx.isOmitted(item));
  const regular = items.filter((item) => !isLate(item, items));
  const late = items.filter((item) => isLate(item, items));
  if (items.length === 0) ctx.warnings.add('empty_agenda', 'Mötet har inga ärenden.', []);

  const header = pageHeader(meeting, 'Handlingar', ctx.warnings, options);
  const blocks: LayoutBlock[] = [
    ...draftBlocks(header),
    { type: 'heading', level: 1, runs: plain(`${WORDS.pack} ${spoken}`.trim()) },
    ...meetingBlocks(meeting, ctx.warnings),
  ];
  if (visible.length > 0) {
    blocks.push({
      type: 'section',
      blocks: [{ type: 'heading', level: 2, runs: plain(WORDS.agenda) }, agendaList(ctx, visible)],
    });
  }
  for (const [title, group] of [
    [WORDS.items, regular],
    [WORDS.lateItems, late],
  ] as const) {
    if (group.length === 0) continue;
    blocks.push({ type: 'heading', level: 2, runs: plain(title) });
    blocks.push(...agendaSections(ctx, group, packItemBlocks));
  }
  if (items.length === 0)
    blocks.push({ type: 'paragraph', runs: plain(WORDS.noItems), tone: 'muted' });
  blocks.push(...attachmentIndex(ctx, visible));

  return {
    title: `${WORDS.pack} ${spoken} ${formatSwedishDate(meeting.date)}`.replace(/\s+/g, ' ').trim(),
    author: meeting.bodyName.trim() || spoken,
    header,
    blocks,
    warnings: ctx.warnings.list(),
  };
}
