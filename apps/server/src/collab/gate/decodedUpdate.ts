/**
 * An update as the gate reads it: only what decides where each struct lands and what each
 * deletion covers. Content is skipped, keeping just its length and whether it is a nested type.
 */

/** A struct id as written in the update (yjs' `ID`, without its class). */
export interface StructId {
  client: number;
  clock: number;
}

export interface DecodedStruct {
  /** `skip` marks a gap in a merged update; yjs applies nothing for it. */
  kind: 'item' | 'gc' | 'skip';
  client: number;
  clock: number;
  length: number;
  /** Only items have origins and parents. An item names its parent only when it has no origin. */
  origin: StructId | null;
  rightOrigin: StructId | null;
  /** A root name: the item sits directly in `doc.get(parentKey)`. */
  parentKey: string | null;
  /** The item that holds the nested type this item sits in. */
  parentId: StructId | null;
  /** The item's content is a nested type (Y.Map, Y.XmlElement, Y.XmlText, …). */
  isType: boolean;
}

export interface DeleteRange {
  clock: number;
  length: number;
}

export interface DecodedUpdate {
  /** One block of consecutive structs per client, in the order the update wrote them. */
  structsByClient: Map<number, DecodedStruct[]>;
  deletesByClient: Map<number, DeleteRange[]>;
}

/**
 * No honest document comes near these: a clock counts every character a client ever typed, and
 * yjs draws client ids from 32 bits. Larger values only serve to overflow or exhaust something.
 */
export const MAX_CLOCK = 2 ** 32;
export const MAX_CLIENT = 2 ** 32 - 1;
