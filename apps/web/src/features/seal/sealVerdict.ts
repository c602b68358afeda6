import type { Seal } from '@anteckna/contract';

export type SealVerdict = 'holds' | 'contentChanged' | 'chainBroken' | 'broken';

/**
 * What a check of the seal says, in the words a reader needs: either all holds, or these minutes
 * changed, or they are as locked but an earlier link of the body's chain is broken. A server that
 * does not say which (`contentMatches` absent) gets the plain "does not hold".
 */
export function sealVerdict(
  seal: Pick<Seal, 'verified'> & Partial<Pick<Seal, 'contentMatches'>>,
): SealVerdict {
  if (seal.verified) return 'holds';
  if (seal.contentMatches === false) return 'contentChanged';
  if (seal.contentMatches === true) return 'chainBroken';
  return 'broken';
}
