import type { Redis } from 'ioredis';
import type { LimiterFactory } from '../auth/loginThrottle.ts';

/**
 * The login throttle's counters on the shared Redis, so that failures count across every
 * process. While Redis is unreachable each process counts in its own memory (the library's
 * insurance limiter) rather than letting every attempt through or refusing every login.
 */
export function redisLimiters(redis: Redis, keyPrefix: string): LimiterFactory {
  return (library, options) =>
    new library.RateLimiterRedis({
      ...options,
      storeClient: redis,
      keyPrefix: `${keyPrefix}${options.keyPrefix}`,
      rejectIfRedisNotReady: true,
      insuranceLimiter: new library.RateLimiterMemory(options),
    });
}
