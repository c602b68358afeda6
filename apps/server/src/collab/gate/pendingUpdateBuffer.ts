import * as Y from 'yjs';

export interface PendingUpdateBufferOptions {
  /** Largest merged update held, in bytes. */
  maxBytes?: number;
  /** How long the oldest held update may wait for what it depends on, in milliseconds. */
  maxAgeMs?: number;
  now?: () => number;
}

export type BufferMerge = { ok: true; update: Uint8Array } | { ok: false; detail: string };

export const DEFAULT_PENDING_MAX_BYTES = 1024 * 1024;
export const DEFAULT_PENDING_MAX_AGE_MS = 10_000;

/**
 * Per connection: updates the gate decided `missing` (they arrived before what they depend on,
 * which is normal on reconnect), waiting to be merged with the next update and decided again.
 * Never applied to the server document while they wait. Pure: the caller asks `isExpired`.
 *
 * The caller's steps for each incoming update:
 *   merged = buffer.mergeWith(update)          (not ok: refuse, the bytes do not merge)
 *   decision = decideUpdateRoots(doc, merged.update)
 *   missing   → buffer.hold(merged.update)     (false: refuse, over the bound)
 *   allowed   → applyGuarded(doc, merged.update), then buffer.clear(); an empty root set is
 *               allowed too and must be applied: it still advances the state vector
 *   otherwise → refuse
 * and refuses when `isExpired(now)`, checked on each message and periodically.
 * `mergeWith` leaves the buffer as it is, so the age of the oldest held update survives the
 * merge-and-decide round trip until `clear`.
 */
export class PendingUpdateBuffer {
  private held: Uint8Array | null = null;
  private heldSince = 0;
  private readonly maxBytes: number;
  private readonly maxAgeMs: number;
  private readonly now: () => number;

  constructor(options: PendingUpdateBufferOptions = {}) {
    this.maxBytes = options.maxBytes ?? DEFAULT_PENDING_MAX_BYTES;
    this.maxAgeMs = options.maxAgeMs ?? DEFAULT_PENDING_MAX_AGE_MS;
    this.now = options.now ?? Date.now;
  }

  isEmpty(): boolean {
    return this.held === null;
  }

  get byteLength(): number {
    return this.held?.byteLength ?? 0;
  }

  /** The incoming update merged with what is held (the buffer itself is left as it is). */
  mergeWith(update: Uint8Array): BufferMerge {
    if (this.held === null) return { ok: true, update };
    try {
      return { ok: true, update: Y.mergeUpdates([this.held, update]) };
    } catch (error) {
      return { ok: false, detail: error instanceof Error ? error.message : String(error) };
    }
  }

  /**
   * Holds a merged update decided `missing`, replacing what was held (it contains it).
   * Returns false, holding nothing, when it is larger than the bound: the caller refuses.
   */
  hold(merged: Uint8Array, now: number = this.now()): boolean {
    if (merged.byteLength > this.maxBytes) {
      this.clear();
      return false;
    }
    if (this.held === null) this.heldSince = now;
    this.held = merged;
    return true;
  }

  /** Forgets what is held: it was applied, or the connection is refused. */
  clear(): void {
    this.held = null;
  }

  /** The oldest held update has waited longer than allowed. */
  isExpired(now: number = this.now()): boolean {
    return this.held !== null && now - this.heldSince > this.maxAgeMs;
  }
}
