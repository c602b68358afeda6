import { and, eq, gt } from 'drizzle-orm';
import * as Y from 'yjs';
import type { Db } from '../db/openDatabase.ts';
import { clientIdOwners, docUpdates } from '../db/schema.ts';

/** The server's own writes (phase, seeding, carry-over) own their client ids too. */
const SERVER = null;
type Owner = string | typeof SERVER;
const LOG_PAGE_ROWS = 500;

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
  /** Claims made since the last commit: written in the same transaction as the edits. */
  private unstored: Array<{ clientId: number; userId: Owner }> = [];

  private constructor(private readonly meetingId: string) {}

  static async load(db: Db, meetingId: string, doc: Y.Doc): Promise<ClientIdOwnership> {
    const ownership = new ClientIdOwnership(meetingId);
    const rows = await db
      .select({ clientId: clientIdOwners.clientId, userId: clientIdOwners.userId })
      .from(clientIdOwners)
      .where(eq(clientIdOwners.meetingId, meetingId));
    for (const row of rows) ownership.owners.set(row.clientId, row.userId);
    await ownership.adoptUnrecorded(db, doc);
    // Everything the room's own document writes is the server's. Stored with the server's
    // first edit, in its batch: a commit of its own here would put a disk sync in front of the
    // first client's sync, and a room the server never writes to needs no record of it.
    ownership.claim([doc.clientID], SERVER);
    return ownership;
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
    for (const client of fresh) {
      this.owners.set(client, userId);
      this.unstored.push({ clientId: client, userId });
    }
  }

  /**
   * Writes the claims made since the last call. The write batcher calls it in the transaction
   * that appends the edits made under them, before them: an edit is never stored without its
   * claim, and neither is sent to anyone before that transaction commits.
   */
  async store(db: Db): Promise<void> {
    if (this.unstored.length === 0) return;
    const claims = this.unstored;
    this.unstored = [];
    await db
      .insert(clientIdOwners)
      .values(claims.map((claim) => ({ meetingId: this.meetingId, ...claim })))
      .onConflictDoNothing();
  }

  /**
   * Documents written before owners were recorded: the log keeps each row's sender, so the first
   * row that wrote under a client id names its owner. Read once; afterwards every id is recorded.
   */
  private async adoptUnrecorded(db: Db, doc: Y.Doc): Promise<void> {
    const unrecorded = [...doc.store.clients.keys()].filter((client) => !this.owners.has(client));
    if (unrecorded.length === 0) return;
    const wanted = new Set(unrecorded);
    const found = new Map<number, Owner>();
    // A page at a time: the log of a long meeting need not fit in memory at once.
    let afterSeq = 0;
    while (found.size < wanted.size) {
      const rows = await db
        .select({ seq: docUpdates.seq, update: docUpdates.update, userId: docUpdates.userId })
        .from(docUpdates)
        .where(and(eq(docUpdates.meetingId, this.meetingId), gt(docUpdates.seq, afterSeq)))
        .orderBy(docUpdates.seq)
        .limit(LOG_PAGE_ROWS);
      for (const row of rows) {
        for (const client of Y.parseUpdateMeta(new Uint8Array(row.update)).to.keys()) {
          if (wanted.has(client) && !found.has(client)) found.set(client, row.userId);
        }
      }
      if (rows.length < LOG_PAGE_ROWS) break;
      afterSeq = rows[rows.length - 1]!.seq;
    }
    for (const [client, owner] of found) this.claim([client], owner);
  }
}
