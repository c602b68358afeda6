import * as decoding from 'lib0/decoding';
import {
  MAX_CLIENT,
  MAX_CLOCK,
  type DecodedStruct,
  type DecodedUpdate,
  type DeleteRange,
  type StructId,
} from './decodedUpdate.ts';
import { refuseMalformed } from './gateDecision.ts';
import { readItemContent } from './readItemContent.ts';

const BITS5 = 31;
const HAS_ORIGIN = 128;
const HAS_RIGHT_ORIGIN = 64;
const HAS_PARENT_SUB = 32;
const GC_REF = 0;
const SKIP_REF = 10;

const remaining = (decoder: decoding.Decoder): number => decoder.arr.length - decoder.pos;

/** A count of things that each take at least `minBytes`: larger means forged. */
const readCount = (decoder: decoding.Decoder, minBytes: number, what: string): number => {
  const count = decoding.readVarUint(decoder);
  if (count * minBytes > remaining(decoder)) refuseMalformed(`${what} count beyond the update`);
  return count;
};

const readClient = (decoder: decoding.Decoder): number => {
  const client = decoding.readVarUint(decoder);
  if (client > MAX_CLIENT) refuseMalformed(`client id ${client} out of range`);
  return client;
};

const readClock = (decoder: decoding.Decoder): number => {
  const clock = decoding.readVarUint(decoder);
  if (clock >= MAX_CLOCK) refuseMalformed(`clock ${clock} out of range`);
  return clock;
};

const readId = (decoder: decoding.Decoder): StructId => ({
  client: readClient(decoder),
  clock: readClock(decoder),
});

const readStruct = (decoder: decoding.Decoder, client: number, clock: number): DecodedStruct => {
  if (remaining(decoder) < 1) refuseMalformed('update ends inside a struct');
  const info = decoding.readUint8(decoder);
  const struct: DecodedStruct = {
    kind: 'item',
    client,
    clock,
    length: 0,
    origin: null,
    rightOrigin: null,
    parentKey: null,
    parentId: null,
    isType: false,
  };
  // yjs' readClientsStructRefs switches on the low five bits (not on the whole byte, as its
  // lazy reader does); the gate follows the path that applyUpdate takes.
  const contentRef = info & BITS5;
  if (contentRef === GC_REF || contentRef === SKIP_REF) {
    struct.kind = contentRef === GC_REF ? 'gc' : 'skip';
    struct.length = decoding.readVarUint(decoder);
  } else {
    if ((info & HAS_ORIGIN) !== 0) struct.origin = readId(decoder);
    if ((info & HAS_RIGHT_ORIGIN) !== 0) struct.rightOrigin = readId(decoder);
    const namesParent = (info & (HAS_ORIGIN | HAS_RIGHT_ORIGIN)) === 0;
    if (namesParent) {
      if (decoding.readVarUint(decoder) === 1) struct.parentKey = decoding.readVarString(decoder);
      else struct.parentId = readId(decoder);
      if ((info & HAS_PARENT_SUB) !== 0) decoding.readVarString(decoder);
    }
    const content = readItemContent(decoder, contentRef);
    struct.length = content.length;
    struct.isType = content.isType;
  }
  // yjs never writes an empty struct; one would make later lookups and splits misbehave.
  if (struct.length < 1) refuseMalformed('struct of length 0');
  if (clock + struct.length > MAX_CLOCK) refuseMalformed('struct length out of range');
  return struct;
};

const readStructs = (decoder: decoding.Decoder): Map<number, DecodedStruct[]> => {
  const structsByClient = new Map<number, DecodedStruct[]>();
  const blockCount = readCount(decoder, 3, 'client block');
  for (let b = 0; b < blockCount; b++) {
    const structCount = readCount(decoder, 1, 'struct');
    const client = readClient(decoder);
    let clock = readClock(decoder);
    // yjs keeps only the last block of a client and drops the rest silently; no encoder writes
    // two, so refusing keeps the gate and yjs from reading different updates out of one.
    if (structsByClient.has(client)) refuseMalformed(`client ${client} written twice`);
    const structs: DecodedStruct[] = [];
    structsByClient.set(client, structs);
    for (let i = 0; i < structCount; i++) {
      const struct = readStruct(decoder, client, clock);
      structs.push(struct);
      clock += struct.length;
    }
  }
  return structsByClient;
};

const readDeletes = (decoder: decoding.Decoder): Map<number, DeleteRange[]> => {
  const deletesByClient = new Map<number, DeleteRange[]>();
  const clientCount = readCount(decoder, 2, 'delete client');
  for (let c = 0; c < clientCount; c++) {
    const client = readClient(decoder);
    const rangeCount = readCount(decoder, 2, 'delete range');
    let ranges = deletesByClient.get(client);
    if (ranges === undefined) {
      ranges = [];
      deletesByClient.set(client, ranges);
    }
    for (let i = 0; i < rangeCount; i++) {
      const clock = readClock(decoder);
      const length = decoding.readVarUint(decoder);
      // A range of length 0 makes yjs 13.6.33 throw halfway through applying (when it lies
      // beyond the server's state), after part of the update is already in the document.
      if (length === 0) refuseMalformed('delete range of length 0');
      if (clock + length > MAX_CLOCK) refuseMalformed('delete range out of range');
      ranges.push({ clock, length });
    }
  }
  return deletesByClient;
};

/**
 * Reads a whole V1 update (the format of y-protocols' sync messages). Throws
 * `MalformedUpdateError` (or whatever lib0 throws on truncated bytes) when it does not decode.
 * Every loop is bounded by the bytes left, so forged counts cannot make it spin or allocate.
 */
export const readUpdateV1 = (update: Uint8Array): DecodedUpdate => {
  const decoder = decoding.createDecoder(update);
  const structsByClient = readStructs(decoder);
  const deletesByClient = readDeletes(decoder);
  if (remaining(decoder) !== 0) refuseMalformed('bytes after the delete set');
  return { structsByClient, deletesByClient };
};
