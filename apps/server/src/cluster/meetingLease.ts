import type { Redis } from 'ioredis';

/** Extends the lease only while this process still holds it. */
const RENEW = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('pexpire', KEYS[1], ARGV[2]) else return 0 end`;
/** Gives the lease back only while this process still holds it. */
const RELEASE = `if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end`;

/**
 * One process owns a meeting at a time: a Redis key per meeting holding the owner's process id,
 * set with NX and a short expiry, renewed by its owner and given back when the owner lets the
 * meeting go. A process that dies stops renewing; the key expires and the next process that
 * needs the meeting takes it over (loading it from the durable log).
 */
export class MeetingLeases {
  constructor(
    private readonly redis: Redis,
    private readonly keyPrefix: string,
    private readonly processId: string,
    readonly leaseMs: number,
  ) {}

  private key(meetingId: string): string {
    return `${this.keyPrefix}lease:${meetingId}`;
  }

  /** Takes the lease if nobody holds it; returns who holds it now (null: it expired meanwhile). */
  async claim(meetingId: string): Promise<string | null> {
    const key = this.key(meetingId);
    const set = await this.redis.set(key, this.processId, 'PX', this.leaseMs, 'NX');
    if (set === 'OK') return this.processId;
    return this.redis.get(key);
  }

  /** Renews the leases of these meetings; returns those this process no longer holds. */
  async renew(meetingIds: string[]): Promise<string[]> {
    if (meetingIds.length === 0) return [];
    const pipeline = this.redis.pipeline();
    for (const id of meetingIds)
      pipeline.eval(RENEW, 1, this.key(id), this.processId, String(this.leaseMs));
    const results = (await pipeline.exec()) ?? [];
    return meetingIds.filter((_, i) => {
      const [error, value] = results[i] ?? [new Error('no reply'), 0];
      if (error) throw error;
      return value !== 1;
    });
  }

  async release(meetingId: string): Promise<void> {
    await this.redis.eval(RELEASE, 1, this.key(meetingId), this.processId);
  }

  ownerOf(meetingId: string): Promise<string | null> {
    return this.redis.get(this.key(meetingId));
  }
}
