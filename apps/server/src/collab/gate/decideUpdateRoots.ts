import type * as Y from 'yjs';
import { deleteSetRoots } from './deleteSetRoots.ts';
import { MalformedUpdateError, type GateDecision } from './gateDecision.ts';
import { placeStructs } from './placeStructs.ts';
import { readUpdateV1 } from './readUpdateV1.ts';
import { RootNames } from './rootNames.ts';
import { StructLookup } from './structLookup.ts';

/**
 * Decides, from a V1 update's bytes and lookups in the server's document, which roots applying
 * it would change, without applying it anywhere (cloning and applying costs about a thousand
 * times more on a large document). Accepts single updates, merged updates and full states
 * (sync step 2) alike. Never changes `doc`, never throws.
 *
 * Precondition: `doc` holds no pending state (`applyGuarded` keeps it so); the answer assumes
 * yjs has nothing parked that this update could release.
 */
export const decideUpdateRoots = (doc: Y.Doc, update: Uint8Array): GateDecision => {
  if (doc.store.pendingStructs !== null || doc.store.pendingDs !== null) {
    return { kind: 'malformed', detail: 'the server document holds pending state' };
  }
  try {
    // A copy with a buffer of its own: lib0 reads byte arrays as views of `update.buffer`, and a
    // view into a larger (pooled) buffer would let a forged length read past the update's end.
    const decoded = readUpdateV1(new Uint8Array(update));
    const lookup = new StructLookup(doc, new RootNames(doc));
    const roots = new Set<string>();
    const writtenClients = new Set<number>();
    const parked = placeStructs(decoded.structsByClient, lookup, roots, writtenClients);
    const beyondState = deleteSetRoots(decoded.deletesByClient, lookup, roots);
    if (parked || beyondState) return { kind: 'missing' };
    return { kind: 'roots', roots, writtenClients };
  } catch (error) {
    if (error instanceof MalformedUpdateError) return { kind: 'malformed', detail: error.message };
    // lib0 throws plain errors on truncated bytes, JSON.parse on broken JSON, and deep nesting
    // can exhaust the stack: all of them mean the bytes do not decode.
    const detail = error instanceof Error ? error.message : String(error);
    return { kind: 'malformed', detail: `does not decode: ${detail}` };
  }
};
