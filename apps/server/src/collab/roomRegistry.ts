import { eq } from 'drizzle-orm';
import type { Db } from '../db/openDatabase.ts';
import { meetings } from '../db/schema.ts';
import { ClientIdOwnership } from './clientIdOwnership.ts';
import type { CollabConnection } from './connection.ts';
import { DOC_SCHEMA_VERSION, docVersion, migrateMeetingDoc } from '@anteckna/doc-schema';
import { Room, SERVER_ORIGIN } from './room.ts';
import { loadDoc } from './updateStore.ts';
import type { WriteBatcher } from './writeBatcher.ts';

/**
 * Live rooms by meeting id. A room is loaded (before any client of it is answered, so no client
 * is ever answered before the stored content is in the document) on first use and unloaded once its last connection has
 * left and its writes are committed.
 */
export class RoomRegistry {
  private readonly rooms = new Map<string, Room>();
  /** Rooms being loaded: everyone who asks meanwhile gets the same room. */
  private readonly loading = new Map<string, Promise<Room>>();

  constructor(
    private readonly db: Db,
    private readonly batcher: WriteBatcher,
  ) {}

  get(meetingId: string): Room | undefined {
    return this.rooms.get(meetingId);
  }

  /**
   * The meeting's room, loaded if need be, with one hold taken on it for the caller, who gives it
   * back with `unhold`. The hold is taken in the same turn as the check that the room is still the
   * registered one: between a load (or a lookup) and the caller's next step, the room's last
   * connection may have left and `releaseIfEmpty` unloaded it, and a connection joined to an
   * unloaded room would write to a document nobody else reads.
   */
  async hold(meetingId: string): Promise<Room> {
    for (;;) {
      const room = this.rooms.get(meetingId) ?? (await this.loadOnce(meetingId));
      if (this.rooms.get(meetingId) !== room) continue; // unloaded meanwhile: load it again
      room.holds += 1;
      return room;
    }
  }

  /** Gives a hold back; the room is unloaded once nobody is in it. */
  unhold(room: Room): void {
    room.holds -= 1;
    void this.releaseIfEmpty(room);
  }

  private loadOnce(meetingId: string): Promise<Room> {
    let loading = this.loading.get(meetingId);
    if (!loading) {
      loading = this.load(meetingId).finally(() => this.loading.delete(meetingId));
      this.loading.set(meetingId, loading);
    }
    return loading;
  }

  private async load(meetingId: string): Promise<Room> {
    const [meeting] = await this.db.select().from(meetings).where(eq(meetings.id, meetingId));
    if (!meeting) throw new Error(`meeting ${meetingId} does not exist`);
    const { doc, tailRows, storedBytes } = await loadDoc(this.db, meetingId);
    const clientIds = await ClientIdOwnership.load(this.db, meetingId, doc);
    const room: Room = new Room(meetingId, doc, meeting.phase, tailRows, (update, origin) =>
      this.batcher.enqueue(room, update, origin),
    );
    room.clientIds = clientIds;
    room.storedBytes = storedBytes;
    this.rooms.set(meetingId, room);
    // A document of an older version is brought to the current one as it is loaded, as one
    // update of the server's, stored and sent like any other. Locked minutes are never rewritten:
    // readers read them as their version says (doc-schema SPEC D6).
    if (meeting.phase !== 'locked' && docVersion(doc) !== DOC_SCHEMA_VERSION) {
      doc.transact(() => migrateMeetingDoc(doc), SERVER_ORIGIN);
    }
    return room;
  }

  /** Unloads the room if nobody is in it once pending writes are committed. */
  async releaseIfEmpty(room: Room): Promise<void> {
    if (room.connections.size > 0 || room.holds > 0) return;
    await this.batcher.whenIdle();
    if (room.connections.size > 0 || room.holds > 0) return;
    if (this.rooms.get(room.meetingId) !== room) return;
    this.rooms.delete(room.meetingId);
    room.destroy();
  }

  /** Drops a room without writing anything more, after its document could not be trusted. */
  discard(room: Room, closeAll: (conn: CollabConnection) => void): void {
    this.rooms.delete(room.meetingId);
    for (const conn of [...room.connections]) closeAll(conn);
    room.connections.clear();
    room.destroy();
  }

  all(): Room[] {
    return [...this.rooms.values()];
  }
}
