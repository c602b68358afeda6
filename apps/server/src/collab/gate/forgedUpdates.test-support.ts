import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

export type ForgedStruct = Y.Item | Y.GC | Y.Skip;

export interface ForgedBlock {
  client: number;
  clock: number;
  structs: ForgedStruct[];
}

export interface ForgedDelete {
  client: number;
  clock: number;
  length: number;
}

export interface ForgedUpdate {
  blocks: ForgedBlock[];
  deletes: ForgedDelete[];
}

/** Writes blocks and deletions as a V1 update, as they are: nothing is checked or sorted. */
export const encodeForged = ({ blocks, deletes }: ForgedUpdate): Uint8Array => {
  const encoder = new Y.UpdateEncoderV1();
  encoding.writeVarUint(encoder.restEncoder, blocks.length);
  for (const block of blocks) {
    encoding.writeVarUint(encoder.restEncoder, block.structs.length);
    encoder.writeClient(block.client);
    encoding.writeVarUint(encoder.restEncoder, block.clock);
    for (const struct of block.structs) struct.write(encoder, 0);
  }
  const byClient = new Map<number, ForgedDelete[]>();
  for (const range of deletes)
    byClient.set(range.client, [...(byClient.get(range.client) ?? []), range]);
  encoding.writeVarUint(encoder.restEncoder, byClient.size);
  for (const [client, ranges] of byClient) {
    encoding.writeVarUint(encoder.restEncoder, client);
    encoding.writeVarUint(encoder.restEncoder, ranges.length);
    for (const range of ranges) {
      encoder.writeDsClock(range.clock);
      encoder.writeDsLen(range.length);
    }
  }
  return encoder.toUint8Array();
};

/** Reads an update back into blocks (one per run of consecutive clocks of a client). */
export const decodeForged = (update: Uint8Array): ForgedUpdate => {
  const { structs, ds } = Y.decodeUpdate(update);
  const blocks: ForgedBlock[] = [];
  for (const struct of structs) {
    const last = blocks[blocks.length - 1];
    const lastStruct = last?.structs[last.structs.length - 1];
    if (
      last !== undefined &&
      lastStruct !== undefined &&
      last.client === struct.id.client &&
      lastStruct.id.clock + lastStruct.length === struct.id.clock
    ) {
      last.structs.push(struct);
    } else {
      blocks.push({ client: struct.id.client, clock: struct.id.clock, structs: [struct] });
    }
  }
  const deletes: ForgedDelete[] = [];
  for (const [client, items] of ds.clients) {
    for (const item of items) deletes.push({ client, clock: item.clock, length: item.len });
  }
  return { blocks, deletes };
};

export interface Placement {
  origin?: Y.ID;
  rightOrigin?: Y.ID;
  parentKey?: string;
  parentId?: Y.ID;
  parentSub?: string;
}

/** An item as an update carries it: before integration its parent is a root name or an id. */
export const forgedItem = (
  client: number,
  clock: number,
  content: Y.ContentString | Y.ContentType | Y.ContentDeleted | Y.ContentAny,
  place: Placement,
): Y.Item => {
  const parent = (place.parentKey ?? place.parentId ?? null) as Y.ID | null;
  return new Y.Item(
    Y.createID(client, clock),
    null,
    place.origin ?? null,
    null,
    place.rightOrigin ?? null,
    parent,
    place.parentSub ?? null,
    content,
  );
};

export const forgedText = (client: number, clock: number, text: string, place: Placement) =>
  forgedItem(client, clock, new Y.ContentString(text), place);

/** Every id a document holds, one per struct (its first clock), to aim forgeries at. */
export const idsIn = (doc: Y.Doc): Y.ID[] =>
  [...doc.store.clients.values()].flatMap((structs) => structs.map((struct) => struct.id));
