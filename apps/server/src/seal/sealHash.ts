import { createHash } from 'node:crypto';
import { readMinutesAsWritten } from '@anteckna/doc-schema';
import type * as Y from 'yjs';
import { canonicalJson } from './canonicalJson.ts';

/** Everything a seal vouches for. `format` names this layout, so that a later one can differ. */
export interface SealFacts {
  meetingId: string;
  bodyId: string;
  lockedAt: string;
  approvedAt: string;
  approvedByMeetingId: string;
  addendum: string | null;
  previousSha256: string | null;
}

export const SEAL_FORMAT = 'anteckna-seal-1';

/**
 * SHA-256 (hex) of the canonical JSON of the facts plus the minutes' read model of the final
 * snapshot (docs/seal.md). The read model, not Yjs bytes, is hashed: it is what the minutes say,
 * independent of editing history and of how a Yjs version encodes it.
 */
export function computeSealHash(facts: SealFacts, snapshot: Y.Doc): string {
  // As the document's own version reads it: minutes sealed under version 1 keep their hash
  // (doc-schema SPEC D6); for a current document this is `readMinutes`.
  const payload = { format: SEAL_FORMAT, ...facts, minutes: readMinutesAsWritten(snapshot) };
  return createHash('sha256').update(canonicalJson(payload), 'utf8').digest('hex');
}
