import * as Y from 'yjs';
import type { Room } from './room.ts';

/**
 * The size cap of one meeting's document (CollabLimits.maxDocumentBytes, at most 32 MB by
 * default): an update that would take the document past it is refused whole. The size is kept
 * as an estimate that only grows by what each accepted update weighs (an update never adds
 * more than its own bytes); only when the estimate reaches the cap is the document encoded to
 * learn its real size, so the check costs nothing per keystroke. The first estimate is what the
 * document weighed in storage when its room was loaded, which is at least its encoded size: the
 * first update after a restart (often a client's empty reply to the server's sync request) does
 * not encode a big document once more (about 9 ms for the benchmark's 1.8 MB document).
 */
export class DocumentQuota {
  private readonly estimates = new WeakMap<Room, number>();

  constructor(private readonly maxBytes: number) {}

  admits(room: Room, update: Uint8Array): boolean {
    const known = this.estimates.get(room);
    if (known === undefined && room.storedBytes === 0) {
      return this.measure(room) + update.length <= this.maxBytes;
    }
    const estimate = known ?? room.storedBytes;
    if (known === undefined) this.estimates.set(room, estimate);
    if (estimate + update.length <= this.maxBytes) return true;
    return this.measure(room) + update.length <= this.maxBytes;
  }

  /** The room took (or holds, to merge later) this update. */
  grew(room: Room, update: Uint8Array): void {
    const estimate = this.estimates.get(room);
    if (estimate !== undefined) this.estimates.set(room, estimate + update.length);
  }

  private measure(room: Room): number {
    const size = Y.encodeStateAsUpdate(room.doc).length;
    this.estimates.set(room, size);
    return size;
  }
}
