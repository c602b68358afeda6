import type { CollabConnection } from './connection.ts';

/**
 * The document updates one connection sent back to back and that arrived in one read from its
 * socket, collected into a run. ws emits every message of a read synchronously, one after
 * another, so a microtask queued at the first one runs after the last one and before anything
 * else the loop does: the run is handed on whole, still before any other connection's message
 * and before the turn's commit. A client catching up or pasting sends thousands of small
 * updates at once; deciding and applying them as a few merged updates costs a fraction of
 * deciding and applying each (see collabService's `handleRun`).
 *
 * Any other message of the connection (a sync request, presence) ends its run first, so the
 * server still handles a connection's messages in the order they were sent.
 */
export class UpdateRuns {
  private readonly runs = new Map<CollabConnection, Uint8Array[]>();

  constructor(
    private readonly handleRun: (conn: CollabConnection, updates: Uint8Array[]) => void,
  ) {}

  add(conn: CollabConnection, update: Uint8Array): void {
    const run = this.runs.get(conn);
    if (run) return void run.push(update);
    this.runs.set(conn, [update]);
    queueMicrotask(() => this.end(conn));
  }

  /** Hands on what the connection has collected so far, if anything. */
  end(conn: CollabConnection): void {
    const run = this.runs.get(conn);
    if (!run) return;
    this.runs.delete(conn);
    this.handleRun(conn, run);
  }
}
