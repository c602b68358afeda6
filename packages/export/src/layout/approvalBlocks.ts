import type { MinutesModel } from '@anteckna/doc-schema';
import { formatSwedishDate } from '@anteckna/domain';
import { plain } from './contentBlocks.ts';
import type { LayoutBlock } from './layoutTypes.ts';
import { WORDS, bodySpokenName } from './minutesWording.ts';

/**
 * The approval of locked minutes, at the very end so that it lands on the last page:
 * "Godkända 13 februari 2025 av Länschefsnätverket med tillägget att …" and the seal.
 */
export function approvalBlocks(model: MinutesModel): LayoutBlock[] {
  const approval = model.approval;
  if (!approval) return [];
  const date = formatSwedishDate(approval.approvedByMeetingDate || approval.approvedAt);
  const addendum = approval.addendum?.trim().replace(/^att\s+/i, '');
  const sentence = addendum
    ? `Godkända ${date} av ${bodySpokenName(model.meeting)} med tillägget att ${addendum}${/[.!?]$/.test(addendum) ? '' : '.'}`
    : `Godkända ${date} av ${bodySpokenName(model.meeting)}.`;
  const blocks: LayoutBlock[] = [
    { type: 'heading', level: 2, runs: plain(WORDS.approval) },
    { type: 'paragraph', runs: plain(sentence) },
  ];
  if (approval.sha256) {
    blocks.push({
      type: 'paragraph',
      runs: [{ text: 'Sigill (SHA-256): ', bold: true }, { text: approval.sha256 }],
      tone: 'muted',
    });
  }
  return [{ type: 'section', blocks, keepTogether: true }];
}
