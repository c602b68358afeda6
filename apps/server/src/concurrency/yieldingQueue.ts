/**
 * Runs keyed jobs one at a time, and lets the event loop read its sockets between two jobs. A
 * key added again while it waits runs once. For background work that many timers make due at
 * the same moment: timers that expire together run back to back in one phase of the loop, with
 * no input read in between, so two hundred jobs of a millisecond or two each held every client's
 * next message for a third of a second.
 */
export class YieldingQueue<K> {
  private readonly due = new Set<K>();
  private draining = false;

  constructor(private readonly run: (key: K) => Promise<void>) {}

  add(key: K): void {
    this.due.add(key);
    if (!this.draining) void this.drain();
  }

  private async drain(): Promise<void> {
    this.draining = true;
    try {
      // A Set visits what is added to it while it is iterated.
      for (const key of this.due) {
        this.due.delete(key);
        await this.run(key);
        await new Promise((resolve) => setImmediate(resolve));
      }
    } finally {
      this.draining = false;
    }
  }
}
