import * as Y from 'yjs';
import type { DeleteRange } from './decodedUpdate.ts';
import { refuseMalformed } from './gateDecision.ts';
import type { AnyType } from './rootNames.ts';
import type { StructLookup } from './structLookup.ts';

/**
 * Deletions are id ranges. A range changes a root when it covers a server item that is not
 * deleted yet; deleting what is already deleted (or garbage-collected) changes nothing. Items
 * the update itself placed need no second look: placing them already counted their root.
 * A range that reaches beyond the state (server plus update) is what yjs parks as pending.
 *
 * Ranges of one client must not overlap: no yjs encoder writes overlapping ranges, and refusing
 * them keeps the walk over the server's structs linear in its size whatever the update says.
 *
 * Adds the roots to `roots`; returns whether some range reaches beyond the state.
 */
export const deleteSetRoots = (
  deletesByClient: Map<number, DeleteRange[]>,
  lookup: StructLookup,
  roots: Set<string>,
): boolean => {
  let beyondState = false;
  for (const [client, ranges] of deletesByClient) {
    ranges.sort((a, b) => a.clock - b.clock);
    const state = lookup.state(client);
    const serverState = lookup.serverState(client);
    let previousEnd = 0;
    for (const range of ranges) {
      const end = range.clock + range.length;
      if (range.clock < previousEnd) refuseMalformed('overlapping delete ranges');
      previousEnd = end;
      if (end > state) beyondState = true;
      const serverEnd = Math.min(end, serverState);
      if (range.clock >= serverEnd) continue;
      lookup.forEachServerStruct(client, range.clock, serverEnd, (struct) => {
        if (struct instanceof Y.Item && !struct.deleted) {
          roots.add(lookup.names.rootOf(struct.parent as AnyType));
        }
      });
    }
  }
  return beyondState;
};
