import * as decoding from 'lib0/decoding';
import { refuseMalformed } from './gateDecision.ts';

export interface ItemContentShape {
  /** Clock units the content occupies (what yjs' `content.getLength()` returns). */
  length: number;
  isType: boolean;
}

/** yjs' type refs 0–6: YArray, YMap, YText, YXmlElement, YXmlFragment, YXmlHook, YXmlText. */
const LAST_TYPE_REF = 6;
const TYPE_REFS_WITH_NAME = new Set([3, 5]);

const readCount = (decoder: decoding.Decoder): number => {
  const count = decoding.readVarUint(decoder);
  // Every element takes at least one byte, so a larger count cannot be honest; checking it first
  // keeps a forged count from driving a long loop.
  if (count > decoder.arr.length - decoder.pos) refuseMalformed('content count beyond the update');
  return count;
};

/**
 * Reads one item's content exactly as yjs' `contentRefs` readers consume it (UpdateDecoderV1),
 * so that the gate and yjs agree on where every later struct starts, and so that whatever makes
 * yjs' reader throw makes this one refuse.
 */
export const readItemContent = (
  decoder: decoding.Decoder,
  contentRef: number,
): ItemContentShape => {
  switch (contentRef) {
    case 1: // ContentDeleted
      return { length: decoding.readVarUint(decoder), isType: false };
    case 2: {
      // ContentJSON
      const count = readCount(decoder);
      for (let i = 0; i < count; i++) {
        const json = decoding.readVarString(decoder);
        if (json !== 'undefined') JSON.parse(json);
      }
      return { length: count, isType: false };
    }
    case 3: // ContentBinary
      decoding.readVarUint8Array(decoder);
      return { length: 1, isType: false };
    case 4: // ContentString: yjs counts UTF-16 code units of the decoded string
      return { length: decoding.readVarString(decoder).length, isType: false };
    case 5: // ContentEmbed
      JSON.parse(decoding.readVarString(decoder));
      return { length: 1, isType: false };
    case 6: // ContentFormat: key, then JSON value
      decoding.readVarString(decoder);
      JSON.parse(decoding.readVarString(decoder));
      return { length: 1, isType: false };
    case 7: {
      // ContentType
      const typeRef = decoding.readVarUint(decoder);
      if (typeRef > LAST_TYPE_REF) refuseMalformed(`unknown type ref ${typeRef}`);
      if (TYPE_REFS_WITH_NAME.has(typeRef)) decoding.readVarString(decoder);
      return { length: 1, isType: true };
    }
    case 8: {
      // ContentAny
      const count = readCount(decoder);
      for (let i = 0; i < count; i++) decoding.readAny(decoder);
      return { length: count, isType: false };
    }
    case 9:
      // yjs would build a whole Doc from attacker-chosen options here; minutes never hold one.
      return refuseMalformed('subdocuments are not part of a meeting document');
    default:
      return refuseMalformed(`unknown content ref ${contentRef}`);
  }
};
