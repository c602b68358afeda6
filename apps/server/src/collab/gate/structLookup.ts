import * as Y from 'yjs';
import type { StructId } from './decodedUpdate.ts';
import { refuseMalformed } from './gateDecision.ts';
import type { AnyType, RootNames } from './rootNames.ts';

/** A parent type: `identity` tells two parents apart, `root` names the root it lives in. */
export interface ParentRef {
  identity: object | string;
  root: string;
}

/** What sits at an id once the update's structs are in place, as far as the gate cares. */
export type PlacedStruct =
  { kind: 'gc' } | { kind: 'item'; parent: ParentRef; ownType: ParentRef | null };

const GC_PLACED: PlacedStruct = { kind: 'gc' };

interface Segment {
  clock: number;
  end: number;
  placed: PlacedStruct;
}

/**
 * The server document's structs plus the update's structs the gate has placed so far, looked up
 * by id without changing the document. Lookups check the clock against the state first: yjs'
 * own lookups throw for an id beyond it.
 */
export class StructLookup {
  private readonly placedByClient = new Map<number, Segment[]>();

  constructor(
    private readonly doc: Y.Doc,
    readonly names: RootNames,
  ) {}

  serverState(client: number): number {
    return Y.getState(this.doc.store, client);
  }

  /** The state yjs would see at this point of applying: the server's, plus what was placed. */
  state(client: number): number {
    const segments = this.placedByClient.get(client);
    const last = segments?.[segments.length - 1];
    return last === undefined ? this.serverState(client) : last.end;
  }

  rootRef(name: string): ParentRef {
    return { identity: this.names.rootType(name) ?? name, root: name };
  }

  find(id: StructId): PlacedStruct {
    if (id.clock >= this.state(id.client)) {
      return refuseMalformed(`reference to ${id.client}:${id.clock}, beyond its own client`);
    }
    if (id.clock < this.serverState(id.client)) return this.placeServerStruct(id.client, id.clock);
    const segments = this.placedByClient.get(id.client) ?? [];
    let low = 0;
    let high = segments.length - 1;
    while (low < high) {
      const mid = (low + high) >>> 1;
      if ((segments[mid] as Segment).end <= id.clock) low = mid + 1;
      else high = mid;
    }
    return (segments[low] as Segment).placed;
  }

  /** Records structs the update places at the current state of `client`. */
  place(client: number, clock: number, length: number, placed: PlacedStruct): void {
    let segments = this.placedByClient.get(client);
    if (segments === undefined) {
      segments = [];
      this.placedByClient.set(client, segments);
    }
    segments.push({ clock, end: clock + length, placed });
  }

  /** Visits the server's structs of `client` overlapping [from, to); `to` ≤ server state. */
  forEachServerStruct(client: number, from: number, to: number, visit: (s: Y.Item | Y.GC) => void) {
    const structs = this.doc.store.clients.get(client);
    if (structs === undefined) return;
    for (let i = Y.findIndexSS(structs, from); i < structs.length; i++) {
      const struct = structs[i] as Y.Item | Y.GC;
      if (struct.id.clock >= to) break;
      visit(struct);
    }
  }

  private placeServerStruct(client: number, clock: number): PlacedStruct {
    const structs = this.doc.store.clients.get(client) as Array<Y.Item | Y.GC>;
    const struct = structs[Y.findIndexSS(structs, clock)];
    if (!(struct instanceof Y.Item)) return GC_PLACED;
    const parentType = struct.parent as AnyType;
    const parent = { identity: parentType, root: this.names.rootOf(parentType) };
    const content = struct.content;
    const ownType =
      content instanceof Y.ContentType ? { identity: content.type, root: parent.root } : null;
    return { kind: 'item', parent, ownType };
  }
}
