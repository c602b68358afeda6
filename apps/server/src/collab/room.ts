import * as Y from 'yjs';
import { Awareness } from 'y-protocols/awareness';
import type { Phase } from '@anteckna/domain';
import type { ClientIdOwnership } from './clientIdOwnership.ts';
import type { CollabConnection } from './connection.ts';

/** Origin of the server's own writes (phase, seeding, carry-over): logged with no user. */
export const SERVER_ORIGIN = Symbol('anteckna-server');

/** One meeting's live document, its presence and the connections in it. */
export class Room {
  readonly awareness: Awareness;
  readonly connections = new Set<CollabConnection>();
  /**
   * Which connection introduced each awareness client id. The stock client sends every awareness
   * change it receives back to the server, so with 200 people in a room each change comes back
   * 200 times: telling an echo from a claim must not cost a walk over every connection.
   */
  readonly awarenessOwners = new Map<number, CollabConnection>();
  /** Phase from SQL, the authority for the write policy; mirrored into the doc's `meeting` map. */
  phase: Phase;
  /** Rows of the update log after the state row; compaction resets it. */
  tailRows: number;
  /** Set while a client update is applied: what the doc emits then is staged, not yet accepted. */
  staging: Uint8Array[] | null = null;
  /** The agenda changed since the last flush: the presenters read model must follow. */
  agendaDirty = false;
  /**
   * Holds on the room (`RoomRegistry.hold`): a server action under way on the document, or a
   * connection between the room's load and its joining. A held room stays loaded.
   */
  holds = 0;
  /**
   * What the document weighed in storage when the room loaded it (`LoadedDoc.storedBytes`): the
   * size quota's first estimate. 0 when unknown.
   */
  storedBytes = 0;
  /** Who owns each Yjs client id of the meeting; set by `RoomRegistry` as it loads. */
  clientIds!: ClientIdOwnership;

  constructor(
    readonly meetingId: string,
    readonly doc: Y.Doc,
    phase: Phase,
    tailRows: number,
    private readonly sink: (update: Uint8Array, origin: CollabConnection | null) => void,
  ) {
    this.phase = phase;
    this.tailRows = tailRows;
    this.awareness = new Awareness(doc);
    // The server itself is not a participant: no awareness state of its own.
    this.awareness.setLocalState(null);
    doc.on('update', (update: Uint8Array) => {
      // A client's update is staged until it has applied cleanly (see receiveUpdate); the
      // server's own writes are accepted at once.
      if (this.staging) this.staging.push(update);
      else this.sink(update, null);
    });
  }

  /** Hands what the document emitted for an accepted client update to the write batcher. */
  accept(updates: Uint8Array[], origin: CollabConnection): void {
    for (const update of updates) this.sink(update, origin);
  }

  destroy(): void {
    this.awareness.destroy();
    this.doc.destroy();
  }
}
