import { encodeEnvelope, type Frame } from './relayWire.ts';

/**
 * What this process publishes in one event-loop turn leaves as one message per channel, in
 * order (Redis keeps the order of one connection's messages). A broadcast the owner makes to the
 * sockets another process relays is the same bytes for each: it crosses Redis once, with the list
 * of sockets, instead of once per socket.
 */
export class RelayOutbox {
  private pending = new Map<string, Frame[]>();
  private scheduled = false;

  constructor(
    private readonly from: string,
    private readonly publish: (channel: string, message: Buffer) => Promise<unknown>,
  ) {}

  push(channel: string, frame: Frame): void {
    let frames = this.pending.get(channel);
    if (!frames) this.pending.set(channel, (frames = []));
    const last = frames[frames.length - 1];
    if (frame.kind === 'send' && last?.kind === 'send' && last.data === frame.data) {
      last.connIds.push(...frame.connIds);
    } else {
      frames.push(frame.kind === 'send' ? { ...frame, connIds: [...frame.connIds] } : frame);
    }
    if (!this.scheduled) {
      this.scheduled = true;
      setImmediate(() => void this.flush());
    }
  }

  /** Publishes what is queued; a failed publish is dropped (its sockets are closed elsewhere). */
  async flush(): Promise<void> {
    this.scheduled = false;
    const pending = this.pending;
    this.pending = new Map();
    await Promise.all(
      [...pending].map(([channel, frames]) =>
        this.publish(channel, Buffer.from(encodeEnvelope({ from: this.from, frames }))).catch(
          () => undefined,
        ),
      ),
    );
  }
}
