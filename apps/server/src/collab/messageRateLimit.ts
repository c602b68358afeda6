import type { CollabConnection } from './connection.ts';

interface Bucket {
  tokens: number;
  at: number;
}

/**
 * Messages per connection as a token bucket (CollabLimits: `messageBurst` at once, refilled at
 * `messagesPerSecond`): typing, presence, a paste or an offline reconnect stay far below it,
 * while a flood of thousands of tiny updates in a few seconds runs dry. Hand-written because it
 * runs on every message, synchronously; the login throttle, which may wait on a shared store,
 * uses rate-limiter-flexible.
 */
export class MessageRateLimit {
  private readonly buckets = new WeakMap<CollabConnection, Bucket>();

  constructor(
    private readonly perSecond: number,
    private readonly burst: number,
    private readonly now: () => number,
  ) {}

  /** Takes one message's token; false when the connection has none left. */
  take(conn: CollabConnection): boolean {
    const now = this.now();
    const bucket = this.buckets.get(conn) ?? { tokens: this.burst, at: now };
    bucket.tokens = Math.min(
      this.burst,
      bucket.tokens + ((now - bucket.at) / 1000) * this.perSecond,
    );
    bucket.at = now;
    this.buckets.set(conn, bucket);
    if (bucket.tokens < 1) return false;
    bucket.tokens -= 1;
    return true;
  }
}
