import type { DecodedStruct, StructId } from './decodedUpdate.ts';
import { refuseMalformed } from './gateDecision.ts';
import type { ParentRef, StructLookup } from './structLookup.ts';

/**
 * The first half of yjs' `Item.getMissing`: the client whose struct this item still waits for.
 * Only ids of other clients count; ids of its own client are yjs' concern when it looks them up
 * (and `StructLookup.find` refuses those beyond the state, where yjs would throw).
 */
export const missingDependency = (struct: DecodedStruct, lookup: StructLookup): number | null => {
  if (struct.kind !== 'item') return null;
  const waitsFor = (id: StructId | null): id is StructId =>
    id !== null && id.client !== struct.client && id.clock >= lookup.state(id.client);
  if (waitsFor(struct.origin)) return struct.origin.client;
  if (waitsFor(struct.rightOrigin)) return struct.rightOrigin.client;
  if (waitsFor(struct.parentId)) return struct.parentId.client;
  return null;
};

export interface ItemParent {
  /** null: yjs turns the item into a GC struct, which changes no type. */
  parent: ParentRef | null;
  /** The left and right origin sit in different types: no yjs client writes that. */
  originsDisagree: boolean;
}

/**
 * The second half of `Item.getMissing`: where the item lands. An item names its parent only
 * when it has no origin; otherwise the parent is that of its left origin (or right origin),
 * found in the server document or among the update's structs placed before it. A neighbour
 * that was garbage-collected, or a parent id whose item holds no type, makes it a GC struct.
 */
export const resolveItemParent = (struct: DecodedStruct, lookup: StructLookup): ItemParent => {
  const left = struct.origin === null ? null : lookup.find(struct.origin);
  const right = struct.rightOrigin === null ? null : lookup.find(struct.rightOrigin);
  if (left?.kind === 'gc' || right?.kind === 'gc') return { parent: null, originsDisagree: false };
  if (left !== null || right !== null) {
    const parent = left?.parent ?? (right?.parent as ParentRef);
    const originsDisagree =
      left !== null && right !== null && left.parent.identity !== right.parent.identity;
    return { parent, originsDisagree };
  }
  if (struct.parentId !== null) {
    const holder = lookup.find(struct.parentId);
    return { parent: holder.kind === 'item' ? holder.ownType : null, originsDisagree: false };
  }
  if (struct.parentKey === null) return refuseMalformed('item without origin or parent');
  return { parent: lookup.rootRef(struct.parentKey), originsDisagree: false };
};

/**
 * yjs' `integrate`, as far as it decides where content lands. Returns the root the struct
 * changes, or null when it changes nothing.
 */
export const placeStruct = (
  struct: DecodedStruct,
  offset: number,
  itemParent: ItemParent | null,
  lookup: StructLookup,
): string | null => {
  const clock = struct.clock + offset;
  const length = struct.length - offset;
  const parent = itemParent?.parent ?? null;
  if (parent === null) {
    lookup.place(struct.client, clock, length, { kind: 'gc' });
    return null;
  }
  if (itemParent?.originsDisagree === true)
    refuseMalformed('left and right origin in different types');
  if (offset > 0) {
    // yjs takes the struct just before `clock` as the left neighbour instead of the origin.
    // When that is a GC struct, yjs 13.6.33 throws halfway through the transaction.
    const storeLeft = lookup.find({ client: struct.client, clock: clock - 1 });
    if (storeLeft.kind === 'gc') return refuseMalformed('struct continues a GC struct');
    if (storeLeft.parent.identity !== parent.identity) {
      return refuseMalformed('struct continues an item of another type');
    }
  }
  const ownType = struct.isType ? { identity: struct, root: parent.root } : null;
  lookup.place(struct.client, clock, length, { kind: 'item', parent, ownType });
  return parent.root;
};
