/**
 * The signature block of minutes that are a protocol (SPEC rules S1–S4): "Vid protokollet" with
 * the secretary, "Justeras" with the chair and the adjusters, and the place and date of the
 * adjusting. Kept in the `meeting` map as one plain value, so it is part of what a seal hashes.
 */
import type * as Y from 'yjs';
import type { SignatureBlock, Signer } from '../minutesModel.ts';
import { attendanceMap, meetingMap } from '../layout/docLayout.ts';
import { DocSchemaError } from '../layout/docSchemaError.ts';
import { isIsoDate } from './isoDate.ts';

const MAX_TEXT = 200;
/** Protocols name one or two adjusters ("justerare"); four leaves room for a larger board. */
export const MAX_ADJUSTERS = 4;

/** An empty block: the form of a protocol, its signers still to be chosen. */
export function emptySignatureBlock(): SignatureBlock {
  return { place: '', secretary: null, chair: null, adjusters: [] };
}

/** Reads the block leniently (rule S3): signers of the wrong shape are left out. */
export function readSignatureBlock(value: unknown): SignatureBlock | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const raw = value as Record<string, unknown>;
  const adjusters = Array.isArray(raw.adjusters) ? raw.adjusters : [];
  const block: SignatureBlock = {
    place: typeof raw.place === 'string' ? raw.place : '',
    secretary: readSigner(raw.secretary),
    chair: readSigner(raw.chair),
    adjusters: adjusters.map(readSigner).filter((s): s is Signer => s !== null),
  };
  if (typeof raw.date === 'string' && isIsoDate(raw.date)) block.date = raw.date;
  return block;
}

function readSigner(value: unknown): Signer | null {
  if (typeof value !== 'object' || value === null) return null;
  const raw = value as Record<string, unknown>;
  if (typeof raw.name !== 'string' || raw.name.trim().length === 0) return null;
  const signer: Signer = { name: raw.name };
  if (typeof raw.personId === 'string' && raw.personId.length > 0) signer.personId = raw.personId;
  return signer;
}

/** The shape of a block (rule S2); throws `invalid_signatures`. */
export function validateSignatureBlock(value: unknown): asserts value is SignatureBlock {
  const fail = (reason: string): never => {
    throw new DocSchemaError('invalid_signatures', `Signature block: ${reason}`);
  };
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail('not a block');
  const block = value as SignatureBlock;
  if (typeof block.place !== 'string' || block.place.length > MAX_TEXT) fail('place must be text');
  if (block.date !== undefined && (typeof block.date !== 'string' || !isIsoDate(block.date)))
    fail('date must be YYYY-MM-DD');
  if (!Array.isArray(block.adjusters)) fail('adjusters must be a list');
  if (block.adjusters.length > MAX_ADJUSTERS) fail(`at most ${MAX_ADJUSTERS} adjusters`);
  const signers = [block.secretary, block.chair, ...block.adjusters];
  for (const signer of signers) {
    if (signer === null) continue;
    if (typeof signer !== 'object' || typeof signer.name !== 'string')
      fail('a signer needs a name');
    if (signer.name.trim().length === 0 || signer.name.length > MAX_TEXT)
      fail('a signer needs a name');
    if (signer.personId !== undefined && typeof signer.personId !== 'string')
      fail('personId must be text');
  }
  // The chair and the adjusters sign the same "Justeras": one person signs it once.
  const adjusting = [block.chair, ...block.adjusters]
    .filter((signer): signer is Signer => signer !== null)
    .map((signer) => signer.personId ?? signer.name.trim().toLowerCase());
  if (new Set(adjusting).size !== adjusting.length) fail('one person signs "Justeras" once');
}

/**
 * Sets the block (the minutes become a protocol, rule S1) or with null removes it. Signers with
 * a `personId` are people of the meeting's attendance (`unknown_signer` otherwise): people of the
 * body, as the editor offers them.
 */
export function setSignatureBlock(doc: Y.Doc, block: SignatureBlock | null): void {
  const meeting = meetingMap(doc);
  if (block === null) {
    if (meeting.has('signatures')) doc.transact(() => meeting.delete('signatures'));
    return;
  }
  validateSignatureBlock(block);
  const people = attendanceMap(doc);
  for (const signer of [block.secretary, block.chair, ...block.adjusters]) {
    if (signer?.personId !== undefined && !people.has(signer.personId)) {
      throw new DocSchemaError('unknown_signer', `${signer.name} is not in the attendance`, {
        personId: signer.personId,
      });
    }
  }
  const stored = storedBlock(block);
  if (JSON.stringify(meeting.get('signatures')) === JSON.stringify(stored)) return;
  doc.transact(() => meeting.set('signatures', stored));
}

/**
 * Changes the block as it stands in the document now: an editor that writes one field from the
 * block it last rendered would put back the value of another field typed a moment before (the
 * place, lost to the date chosen right after it).
 */
export function updateSignatureBlock(
  doc: Y.Doc,
  change: (current: SignatureBlock) => SignatureBlock,
): void {
  const current = readSignatureBlock(meetingMap(doc).get('signatures')) ?? emptySignatureBlock();
  setSignatureBlock(doc, change(current));
}

/** As stored: plain values only, names trimmed, no undefined keys (rule D5). */
export function storedBlock(block: SignatureBlock): SignatureBlock {
  const signer = (s: Signer | null): Signer | null =>
    s === null ? null : { name: s.name.trim(), ...(s.personId ? { personId: s.personId } : {}) };
  return {
    // As typed: the place is written on every keystroke; exports trim it.
    place: block.place,
    ...(block.date ? { date: block.date } : {}),
    secretary: signer(block.secretary),
    chair: signer(block.chair),
    adjusters: block.adjusters.map((s) => signer(s)!),
  };
}
