import { eq } from 'drizzle-orm';
import * as Y from 'yjs';
import type { Db } from '../db/openDatabase.ts';
import { clientIdOwners } from '../db/schema.ts';

/** The server's own writes (phase, seeding, carry-over) own their client ids too. */
const SERVER = null;
type Owner = string | typeof SERVER;

/**
 * Who owns each Yjs client id of one meeting: the account that first wrote a struct under it.
 * Yjs trusts client ids: a struct at someone's next clock is that person's next edit, and when
 * their real edit arrives later it is dropped as already known. So an update that writes under a
 * client id another person owns (or has introduced in presence and is about to write with) is
 * refused whole. Deletions name no writer and are not owned: the write gate decides them by root.
 */
export class ClientIdOwnership {
  private readonly owners = new Map<number, Owner>();
  /**
   * Who first showed each client id in presence, while the room is loaded. The first one only:
   * the stock client echoes every presence entry it hears, so after its owner leaves another
   * person's connection may take the entry over, which must not make the id theirs.
   */
  private readonly introducedBy = new Map<number, string>();

  constructor(
    private readonly db: Db,
    private readonly meetingId: string,
    doc: Y.Doc,
  ) {
    const rows = db
      .select({ clientId: clientIdOwners.clientId, userId: clientIdOwners.userId })
      .from(clientIdOwners)
      .where(eq(clientIdOwners.meetingId, meetingId))
      .all();
    for (const row of rows) this.owners.set(row.clientId, row.userId);
    this.adoptUnrecorded(doc);
    // Everything the room's own document writes is the server's.
    this.claim([doc.clientID], SERVER);
  }

  /**
   * The first client id among `written` that belongs to another person, or null. A client id
   * nobody wrote with yet but another person's connection introduced in presence is theirs too:
   * presence shows it to everyone in the room before its first edit.
   */
  foreignClient(written: Iterable<number>, userId: string): number | null {
    for (const client of written) {
      const owner = this.owners.has(client)
        ? this.owners.get(client)
        : this.introducedBy.get(client);
      if (owner !== undefined && owner !== userId) return client;
    }
    return null;
  }

  /** A connection of `userId` spoke in presence for these client ids. */
  introduced(clientIds: Iterable<number>, userId: string): void {
    for (const client of clientIds) {
      if (!this.introducedBy.has(client)) this.introducedBy.set(client, userId);
    }
  }

  /** Records `userId` as the owner of the client ids it writes under for the first time. */
  claim(written: Iterable<number>, userId: Owner): void {
    const fresh = [...written].filter((client) => !this.owners.has(client));
    if (fresh.length === 0) return;
    // Stored before the update is applied: a crash in between leaves a claim without an edit,
    // which is harmless, never an edit without its claim.
    this.db
      .insert(clientIdOwners)
      .values(fresh.map((clientId) => ({ meetingId: this.meetingId, clientId, userId })))
      .onConflictDoNothing()
      .run();
    for (const client of fresh) this.owners.set(client, userId);
  }

  /**
   * Documents written before owners were recorded: the log keeps each row's sender, so the first
   * row that wrote under a client id names its owner. Read once; afterwards every id is recorded.
   */
  private adoptUnrecorded(doc: Y.Doc): void {
    const unrecorded = [...doc.store.clients.keys()].filter((client) => !this.owners.has(client));
    if (unrecorded.length === 0) return;
    const wanted = new Set(unrecorded);
    const found = new Map<number, Owner>();
    // Row by row: the log of a long meeting need not fit in memory at once.
    const rows = this.db.$client
      .prepare<[string], { update: Buffer; user_id: string | null }>(
        'select "update", user_id from doc_updates where meeting_id = ? order by seq',
      )
      .iterate(this.meetingId);
    for (const row of rows) {
      for (const client of Y.parseUpdateMeta(new Uint8Array(row.update)).to.keys()) {
        if (wanted.has(client) && !found.has(client)) found.set(client, row.user_id);
      }
      if (found.size === wanted.size) break;
    }
    for (const [client, owner] of found) this.claim([client], owner);
  }
}
