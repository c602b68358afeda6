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
  const imported = importedBlocks(model);
  if (!approval) return imported.length > 0 ? [{ type: 'section', blocks: imported }] : [];
  const date = formatSwedishDate(approval.approvedByMeetingDate || approval.approvedAt);
  const addendum = approval.addendum?.trim().replace(/^att\s+/i, '');
  // Legacy minutes imported as approved: who approved them, and when, is not in Anteckna.
  const sentence =
    approval.approvedByMeetingId === LEGACY_APPROVAL
      ? 'Godkända före inläsningen i Anteckna.'
      : addendum
        ? `Godkända ${date} av ${bodySpokenName(model.meeting)} med tillägget att ${addendum}${/[.!?]$/.test(addendum) ? '' : '.'}`
        : `Godkända ${date} av ${bodySpokenName(model.meeting)}.`;
  const blocks: LayoutBlock[] = [
    { type: 'heading', level: 2, runs: plain(WORDS.approval) },
    { type: 'paragraph', runs: plain(sentence) },
    ...imported,
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

/** The approval of minutes imported as approved names this instead of a meeting (docs/seal.md). */
const LEGACY_APPROVAL = 'import';

/** Minutes read in from a legacy file say so, with the file and its SHA-256 (SPEC M6). */
function importedBlocks(model: MinutesModel): LayoutBlock[] {
  const source = model.meeting.importedFrom;
  if (!source) return [];
  return [
    {
      type: 'paragraph',
      runs: plain(
        `Inlästa ${formatSwedishDate(source.importedAt)} från ${source.fileName} (${source.format}).`,
      ),
      tone: 'muted',
    },
    {
      type: 'paragraph',
      runs: [{ text: 'Källfilens SHA-256: ', bold: true }, { text: source.sha256 }],
      tone: 'muted',
    },
  ];
}
