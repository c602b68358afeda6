import type { RateLimiterAbstract } from 'rate-limiter-flexible';

type RateLimiterLibrary = typeof import('rate-limiter-flexible');

/**
 * Failed password checks (login, and accepting an invitation as an existing account) slow down
 * the one who fails, never lock the account: each key gets a few free failures, then every
 * further failure makes the next attempt wait twice as long as the last, up to a cap. Keys are
 * the account together with the client's address (someone guessing one password) and the
 * address alone (someone trying many accounts); the account alone is never a key, so nobody
 * elsewhere can keep its owner out. A success clears the account-and-address key.
 *
 * Counting and waiting are rate-limiter-flexible limiters from one factory: in memory in one
 * process; with several processes the factory makes them on the shared Redis (RateLimiterRedis
 * takes the same options plus its client). The library is loaded, and the limiters made, on the
 * first password check: a restart does not compile it (docs/benchmarks.md, Start-up).
 */
export interface ThrottleRule {
  name: string;
  /** Failures within `windowSeconds` before any wait. */
  freeFailures: number;
  windowSeconds: number;
  firstDelaySeconds: number;
  maxDelaySeconds: number;
}

export const ACCOUNT_AND_ADDRESS: ThrottleRule = {
  name: 'account-address',
  freeFailures: 5,
  windowSeconds: 3600,
  firstDelaySeconds: 1,
  maxDelaySeconds: 15 * 60,
};

export const ADDRESS: ThrottleRule = {
  name: 'address',
  freeFailures: 30,
  windowSeconds: 3600,
  firstDelaySeconds: 1,
  maxDelaySeconds: 5 * 60,
};

export type LimiterFactory = (
  library: RateLimiterLibrary,
  options: { keyPrefix: string; points: number; duration: number },
) => RateLimiterAbstract;

export const memoryLimiters: LimiterFactory = (library, options) =>
  new library.RateLimiterMemory(options);

export interface LoginThrottle {
  /** Seconds to wait before a password may be checked for this account from this address; 0: go. */
  waitSeconds(email: string, address: string): Promise<number>;
  failed(email: string, address: string): Promise<void>;
  succeeded(email: string, address: string): Promise<void>;
}

interface RuleLimiters {
  rule: ThrottleRule;
  failures: RateLimiterAbstract;
  waits: RateLimiterAbstract;
}

export function createLoginThrottle(
  makeLimiter: LimiterFactory = memoryLimiters,
  rules: { accountAndAddress: ThrottleRule; address: ThrottleRule } = {
    accountAndAddress: ACCOUNT_AND_ADDRESS,
    address: ADDRESS,
  },
): LoginThrottle {
  const limiters = (library: RateLimiterLibrary, rule: ThrottleRule): RuleLimiters => ({
    rule,
    failures: makeLimiter(library, {
      keyPrefix: `login-failures-${rule.name}`,
      points: rule.freeFailures,
      duration: rule.windowSeconds,
    }),
    // A wait is a block on a limiter of its own: `block` resets the count it blocks.
    waits: makeLimiter(library, { keyPrefix: `login-wait-${rule.name}`, points: 1, duration: 1 }),
  });
  let made: Promise<{ accountAndAddress: RuleLimiters; address: RuleLimiters }> | undefined;
  const keyed = async (email: string, from: string): Promise<Array<[RuleLimiters, string]>> => {
    // The library's CommonJS exports as its default export: the only form both Node's loader
    // and the bundle's chunk give.
    made ??= import('rate-limiter-flexible').then(({ default: library }) => ({
      accountAndAddress: limiters(library, rules.accountAndAddress),
      address: limiters(library, rules.address),
    }));
    const { accountAndAddress, address } = await made;
    return [
      [accountAndAddress, `${email.toLowerCase()}|${from}`],
      [address, from],
    ];
  };

  return {
    async waitSeconds(email, from) {
      let wait = 0;
      for (const [limiter, key] of await keyed(email, from)) {
        const blocked = await limiter.waits.get(key);
        if (blocked && blocked.consumedPoints > 1) {
          wait = Math.max(wait, Math.ceil(blocked.msBeforeNext / 1000));
        }
      }
      return wait;
    },
    async failed(email, from) {
      for (const [{ rule, failures, waits }, key] of await keyed(email, from)) {
        const counted = await failures.penalty(key);
        const over = counted.consumedPoints - rule.freeFailures;
        if (over > 0) {
          const delay = Math.min(rule.maxDelaySeconds, rule.firstDelaySeconds * 2 ** (over - 1));
          await waits.block(key, delay);
        }
      }
    },
    async succeeded(email, from) {
      const [[limiter, key]] = (await keyed(email, from)) as [[RuleLimiters, string]];
      await limiter.failures.delete(key);
      await limiter.waits.delete(key);
    },
  };
}
