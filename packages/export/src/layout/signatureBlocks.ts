/**
 * The signature block of minutes that are a protocol (SPEC rules S1, S4), worded once for every
 * format: "Vid protokollet" and the secretary, "Justeras" and the chair and adjusters, and the
 * place and date of the adjusting ("Ort och datum"), left blank to fill in by hand.
 */
import type { MeetingHeader, SignatureBlock, Signer } from '@anteckna/doc-schema';
import { formatSwedishDate } from '@anteckna/domain';
import type { LayoutBlock, SignatureLine } from './layoutTypes.ts';

export const SIGNATURE_WORDS = {
  protocol: 'Protokoll',
  secretaryGroup: 'Vid protokollet',
  adjustGroup: 'Justeras',
  secretary: 'sekreterare',
  chair: 'ordförande',
  adjuster: 'justerare',
  placeDate: 'Ort och datum',
} as const;

function line(signer: Signer | null, role: string): SignatureLine {
  return { name: signer?.name.trim() ?? '', role };
}

export function signatureLayout(
  block: SignatureBlock,
): Extract<LayoutBlock, { type: 'signatures' }> {
  const adjusters = block.adjusters.length > 0 ? block.adjusters : [null];
  const place = block.place.trim();
  const date = block.date ? formatSwedishDate(block.date) : '';
  return {
    type: 'signatures',
    groups: [
      {
        label: SIGNATURE_WORDS.secretaryGroup,
        lines: [line(block.secretary, SIGNATURE_WORDS.secretary)],
      },
      {
        label: SIGNATURE_WORDS.adjustGroup,
        lines: [
          line(block.chair, SIGNATURE_WORDS.chair),
          ...adjusters.map((adjuster) => line(adjuster, SIGNATURE_WORDS.adjuster)),
        ],
      },
    ],
    placeDate: {
      label: SIGNATURE_WORDS.placeDate,
      value: [place, date].filter(Boolean).join(', '),
    },
  };
}

/** The block at the end of a protocol; nothing for minnesanteckningar. */
export function signatureBlocks(meeting: MeetingHeader): LayoutBlock[] {
  return meeting.signatures ? [signatureLayout(meeting.signatures)] : [];
}

/** "Rådet Rådsson, ordförande"; a line not chosen yet reads as its role alone. */
export function signatureLineText(signature: SignatureLine): string {
  return signature.name ? `${signature.name}, ${signature.role}` : signature.role;
}
