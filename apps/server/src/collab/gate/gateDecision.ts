/**
 * What the write gate concluded about one incoming update, before anything is applied.
 *
 * - `roots`: the update decodes, every struct and deletion it carries can be placed, and these are
 *   the root names (keys of `doc.share`) it would change; an empty set means it changes nothing.
 *   `writtenClients` are the client ids under which it adds structs the server does not have yet
 *   (what its sender claims to have written; deletions name no writer, so they are not in it).
 * - `missing`: it refers to something the server does not have yet. Applying it would park
 *   structs or deletions as pending state, which yjs integrates later without asking anyone, so
 *   this is never "allowed": buffer it and decide again once more arrives.
 * - `malformed`: it does not decode, or it has a shape that makes yjs throw halfway through an
 *   apply, or it carries values no honest client writes.
 */
export type GateDecision =
  | { kind: 'roots'; roots: Set<string>; writtenClients: Set<number> }
  | { kind: 'missing' }
  | { kind: 'malformed'; detail: string };

/** Thrown inside the gate only, to unwind to `decideUpdateRoots`, which turns it into a decision. */
export class MalformedUpdateError extends Error {
  override readonly name = 'MalformedUpdateError';
}

export const refuseMalformed = (detail: string): never => {
  throw new MalformedUpdateError(detail);
};
