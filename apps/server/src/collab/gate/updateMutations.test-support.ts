import * as Y from 'yjs';
import { decodeForged, encodeForged, type ForgedUpdate } from './forgedUpdates.test-support.ts';

export type Random = () => number;

/** A small seeded generator, so a failing forgery is reproducible from its seed. */
export const seededRandom = (seed: number): Random => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
};

const below = (random: Random, n: number) => Math.floor(random() * n);
const pickFrom = <T>(random: Random, values: readonly T[]): T | undefined =>
  values[below(random, values.length)];

/** Byte-level damage: flips, small nudges of varints, truncation, extension, splices. */
export const mutateBytes = (update: Uint8Array, random: Random): Uint8Array => {
  const bytes = [...update];
  const at = below(random, bytes.length + 1);
  switch (below(random, 6)) {
    case 0:
      bytes[Math.min(at, bytes.length - 1)] = below(random, 256);
      break;
    case 1: {
      // A nudge of ±1..3 keeps most varints valid and moves a clock, a length or a count.
      const i = Math.min(at, bytes.length - 1);
      bytes[i] = ((bytes[i] ?? 0) + (random() < 0.5 ? -1 : 1) * (1 + below(random, 3)) + 256) % 256;
      break;
    }
    case 2:
      bytes.length = at;
      break;
    case 3:
      bytes.push(...Array.from({ length: 1 + below(random, 8) }, () => below(random, 256)));
      break;
    case 4:
      bytes.splice(
        at,
        0,
        ...Array.from({ length: 1 + below(random, 4) }, () => below(random, 256)),
      );
      break;
    default:
      bytes.splice(at, 1 + below(random, 4));
  }
  return new Uint8Array(bytes);
};

const idTarget = (random: Random, server: Y.Doc, forged: ForgedUpdate): Y.ID => {
  const serverIds = [...server.store.clients].flatMap(([client, structs]) => {
    const last = structs[structs.length - 1];
    const state = last === undefined ? 0 : last.id.clock + last.length;
    return [Y.createID(client, below(random, state + 2))];
  });
  const ownIds = forged.blocks.map((b) => Y.createID(b.client, b.clock + below(random, 4)));
  return pickFrom(random, [...serverIds, ...ownIds]) ?? Y.createID(1, 0);
};

/**
 * Semantic forgery: a real update re-aimed at other places of the server document. Origins,
 * parents, deletions and clocks are moved to ids that exist (or nearly exist) in the server or
 * in the update, the way someone editing bytes to reach a root they may not write would.
 */
export const retarget = (update: Uint8Array, server: Y.Doc, random: Random): Uint8Array => {
  const forged = decodeForged(update);
  const roots = [...server.share.keys(), 'agenda', 'meeting'];
  const items = forged.blocks
    .flatMap((b) => b.structs)
    .filter((s): s is Y.Item => s instanceof Y.Item);
  for (let n = 1 + below(random, 3); n > 0; n--) {
    const item = pickFrom(random, items);
    const block = pickFrom(random, forged.blocks);
    const range = pickFrom(random, forged.deletes);
    switch (below(random, 8)) {
      case 0:
        if (item) item.origin = random() < 0.2 ? null : idTarget(random, server, forged);
        break;
      case 1:
        if (item) item.rightOrigin = random() < 0.3 ? null : idTarget(random, server, forged);
        break;
      case 2:
        if (item) {
          item.origin = null;
          item.rightOrigin = null;
          item.parent = (pickFrom(random, roots) ?? 'agenda') as unknown as Y.ID;
        }
        break;
      case 3:
        if (item) {
          item.origin = null;
          item.rightOrigin = null;
          item.parent = idTarget(random, server, forged);
        }
        break;
      case 4: {
        const target = idTarget(random, server, forged);
        forged.deletes.push({
          client: target.client,
          clock: target.clock,
          length: 1 + below(random, 6),
        });
        break;
      }
      case 5:
        if (range) {
          range.clock = Math.max(0, range.clock + below(random, 7) - 3);
          range.length = Math.max(1, range.length + below(random, 5) - 2);
        }
        break;
      case 6:
        if (block) block.clock = Math.max(0, block.clock + below(random, 7) - 3);
        break;
      default:
        if (block) block.client = idTarget(random, server, forged).client;
    }
  }
  for (const item of items) {
    // An item without origins must name its parent, or it cannot be written at all.
    if (item.origin === null && item.rightOrigin === null && item.parent === null) {
      item.parent = (pickFrom(random, roots) ?? 'agenda') as unknown as Y.ID;
    }
  }
  // yjs keeps only the last block of a client; keep one so the forgery stays interesting.
  const seen = new Set<number>();
  forged.blocks = forged.blocks.filter((b) => !seen.has(b.client) && seen.add(b.client) !== null);
  return encodeForged(forged);
};

/**
 * Client-id spoofing: a real update re-written under a client id the server already holds
 * structs of, starting at that client's next clock, as someone would to slip text in under
 * another person's id (the update then claims to be that person's next edit).
 */
export const spoofClient = (update: Uint8Array, server: Y.Doc, random: Random): Uint8Array => {
  const forged = decodeForged(update);
  const victims = [...server.store.clients.keys()];
  const block = pickFrom(random, forged.blocks);
  const victim = pickFrom(random, victims);
  if (block === undefined || victim === undefined) return update;
  block.client = victim;
  block.clock = Y.getState(server.store, victim);
  const seen = new Set<number>();
  forged.blocks = forged.blocks.filter((b) => !seen.has(b.client) && seen.add(b.client) !== null);
  return encodeForged(forged);
};
