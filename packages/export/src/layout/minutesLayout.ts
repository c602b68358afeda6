import type { AgendaItem, MinutesModel } from '@anteckna/doc-schema';
import type { ExportOptions } from '../exportTypes.ts';
import { formatSwedishDate } from '@anteckna/domain';
import { approvalBlocks } from './approvalBlocks.ts';
import { attendanceBlocks } from './attendanceLayout.ts';
import { plain } from './contentBlocks.ts';
import { decisionBlocks, itemOpeningBlocks } from './itemParts.ts';
import { createLayoutContext, type LayoutContext } from './layoutContext.ts';
import type { ExportLayout, LayoutBlock } from './layoutTypes.ts';
import { draftBlocks, meetingBlocks, pageHeader } from './meetingBlocks.ts';
import { WORDS, bodySpokenName } from './minutesWording.ts';
import { agendaSections } from './agendaSections.ts';
import { SIGNATURE_WORDS, signatureBlocks } from './signatureBlocks.ts';

/** One agenda item of the minutes: heading, presenters, text, attachments, decision. */
function minutesItemBlocks(ctx: LayoutContext, item: AgendaItem): LayoutBlock[] {
  const opening = itemOpeningBlocks(ctx, item, item.depth === 1 ? 3 : 2);
  return opening.open ? [...opening.blocks, ...decisionBlocks(ctx, item)] : opening.blocks;
}

export function buildMinutesLayout(model: MinutesModel, options: ExportOptions = {}): ExportLayout {
  const ctx = createLayoutContext(model, options);
  const { meeting } = ctx.model;
  const spoken = bodySpokenName(meeting);
  if (ctx.model.items.length === 0) {
    ctx.warnings.add('empty_agenda', 'Mötet har inga ärenden.', []);
  }
  // Minutes with a signature block are a protocol (SPEC rule S1), and say so.
  const kind = meeting.signatures ? SIGNATURE_WORDS.protocol : WORDS.minutes;
  const header = pageHeader(meeting, kind, ctx.warnings, options);
  const blocks: LayoutBlock[] = [
    ...draftBlocks(header),
    { type: 'heading', level: 1, runs: plain(`${kind} ${spoken}`.trim()) },
    ...meetingBlocks(meeting, ctx.warnings),
    ...attendanceBlocks(ctx.model),
    ...(ctx.model.items.length > 0
      ? agendaSections(ctx, ctx.model.items, minutesItemBlocks)
      : [{ type: 'paragraph' as const, runs: plain(WORDS.noItems), tone: 'muted' as const }]),
    ...approvalBlocks(ctx.model),
    ...signatureBlocks(meeting),
  ];
  return {
    title: `${kind} ${spoken} ${formatSwedishDate(meeting.date)}`.replace(/\s+/g, ' ').trim(),
    author: meeting.bodyName.trim() || spoken,
    header,
    blocks,
    warnings: ctx.warnings.list(),
  };
}
