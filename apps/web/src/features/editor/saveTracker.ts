/**
 * "Sparat" must mean the server has the edit. y-websocket sends updates without any
 * acknowledgement, so the app asks for one: it sends a sync step 1 (its state vector) and waits
 * for the server's sync step 2. A WebSocket delivers in order and the server handles a
 * connection's messages in order, and it answers only once what the connection sent before is
 * stored and synced to its disk, so by the time that answer arrives the server has stored every
 * update sent before the question — or it has refused one and closed the connection with a 44xx
 * code instead of answering.
 *
 * The rule, with edits counted by a sequence number:
 * - an edit made while connected is sent at once; an edit made while offline is sent when the
 *   server asks for our state after reconnecting (its sync step 1), not before;
 * - each step 1 we send remembers how far sending had got; its answer confirms that far;
 * - "saved" when every edit is confirmed, "saving" while connected with edits unconfirmed,
 *   "unsent" while disconnected with edits unconfirmed.
 * This is pure bookkeeping; `collabSession` feeds it the provider's events.
 */
export type SaveState = 'saved' | 'saving' | 'unsent';

interface LocalEdit {
  seq: number;
  roots: ReadonlySet<string>;
}

export class SaveTracker {
  private localSeq = 0;
  private sentSeq = 0;
  private confirmedSeq = 0;
  private connected = false;
  /** For each sync step 1 on its way, the last sequence sent before it. */
  private awaitingAnswers: number[] = [];
  private edits: LocalEdit[] = [];

  localEdit(roots: ReadonlySet<string>): void {
    if (roots.size === 0) return;
    this.localSeq += 1;
    this.edits.push({ seq: this.localSeq, roots });
    if (this.connected) this.sentSeq = this.localSeq;
  }

  /** The socket opened; the provider sends its own sync step 1 right away. */
  connectionOpened(): void {
    this.connected = true;
    // Whatever went out on an earlier socket and was not confirmed may be lost with it; the
    // server's sync step 1 on this socket is what gets it sent again.
    this.sentSeq = this.confirmedSeq;
    this.awaitingAnswers = [this.confirmedSeq];
  }

  connectionClosed(): void {
    this.connected = false;
    this.sentSeq = this.confirmedSeq;
    this.awaitingAnswers = [];
  }

  /** The server sent its sync step 1; the provider answers with everything the server lacks. */
  serverAskedForState(): void {
    this.sentSeq = this.localSeq;
  }

  probeSent(): void {
    this.awaitingAnswers.push(this.sentSeq);
  }

  /** A sync step 2 from the server: the answer to the oldest step 1 on its way. */
  serverAnswered(): void {
    const confirmed = this.awaitingAnswers.shift();
    if (confirmed === undefined) return;
    this.confirmedSeq = Math.max(this.confirmedSeq, confirmed);
    this.edits = this.edits.filter((edit) => edit.seq > this.confirmedSeq);
  }

  /** True when edits went out that no question on its way will confirm. */
  needsProbe(): boolean {
    return this.connected && this.awaitingAnswers.length === 0 && this.sentSeq > this.confirmedSeq;
  }

  get state(): SaveState {
    if (this.confirmedSeq >= this.localSeq) return 'saved';
    return this.connected ? 'saving' : 'unsent';
  }

  /** The roots of every edit the server has not confirmed: what a refusal may have hit. */
  unconfirmedRoots(): Set<string> {
    const roots = new Set<string>();
    for (const edit of this.edits) for (const root of edit.roots) roots.add(root);
    return roots;
  }
}
