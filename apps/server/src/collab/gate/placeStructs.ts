import type { DecodedStruct } from './decodedUpdate.ts';
import { missingDependency, placeStruct, resolveItemParent } from './itemPlacement.ts';
import type { StructLookup } from './structLookup.ts';

interface ClientRefs {
  i: number;
  refs: DecodedStruct[];
}

/**
 * Walks the update's structs in the order yjs' `integrateStructs` (13.6.33) integrates them:
 * highest client first, jumping to the client a struct waits for, and giving up on a chain
 * (parking it as pending) when what it waits for is neither in the server document nor in the
 * update. Following the same order is what makes "missing" here mean exactly "applying would
 * leave pending state". Each step takes a struct from a list or pops the stack, so forged
 * dependency cycles end in parking, never in a loop.
 *
 * Adds the roots the placed structs change to `roots` and the clients they are written under to
 * `writtenClients` (only structs beyond the server's state: what it already has writes nothing);
 * returns whether anything was parked.
 */
export const placeStructs = (
  structsByClient: Map<number, DecodedStruct[]>,
  lookup: StructLookup,
  roots: Set<string>,
  writtenClients: Set<number>,
): boolean => {
  const byClient = new Map<number, ClientRefs>();
  for (const [client, refs] of structsByClient) byClient.set(client, { i: 0, refs });
  const clientIds = [...byClient.keys()].sort((a, b) => a - b);
  let parked = false;
  const stack: DecodedStruct[] = [];

  // yjs filters parked clients out of its id list, once per parked struct; with many clients
  // that is quadratic, so they are skipped here as they come up instead, to the same effect.
  const parkedClients = new Set<number>();
  const nextTarget = (): ClientRefs | null => {
    while (clientIds.length > 0) {
      const client = clientIds[clientIds.length - 1] as number;
      const target = parkedClients.has(client) ? undefined : byClient.get(client);
      if (target !== undefined && target.i < target.refs.length) return target;
      clientIds.pop();
    }
    return null;
  };
  const parkStack = (): void => {
    parked = true;
    for (const struct of stack) {
      const entry = byClient.get(struct.client);
      if (entry !== undefined) {
        byClient.delete(struct.client);
        entry.i = 0;
        entry.refs = [];
      }
      parkedClients.add(struct.client);
    }
    stack.length = 0;
  };

  let current = nextTarget();
  if (current === null) return false;
  let head = current.refs[current.i++] as DecodedStruct;
  for (;;) {
    if (head.kind !== 'skip') {
      const offset = lookup.state(head.client) - head.clock;
      if (offset < 0) {
        stack.push(head);
        parkStack();
      } else {
        const missing = missingDependency(head, lookup);
        if (missing !== null) {
          stack.push(head);
          const refs = byClient.get(missing);
          if (refs === undefined || refs.i === refs.refs.length) {
            parkStack();
          } else {
            head = refs.refs[refs.i++] as DecodedStruct;
            continue;
          }
        } else {
          // yjs resolves origins even for structs it already has, and throws where they fail.
          const itemParent = head.kind === 'item' ? resolveItemParent(head, lookup) : null;
          if (offset < head.length) {
            writtenClients.add(head.client);
            const root = placeStruct(head, offset, itemParent, lookup);
            if (root !== null) roots.add(root);
          }
        }
      }
    }
    if (stack.length > 0) {
      head = stack.pop() as DecodedStruct;
    } else if (current !== null && current.i < current.refs.length) {
      head = current.refs[current.i++] as DecodedStruct;
    } else {
      current = nextTarget();
      if (current === null) break;
      head = current.refs[current.i++] as DecodedStruct;
    }
  }
  return parked;
};
