/**
 * Limits failed login attempts per e-mail and per client address in a sliding window, so that a
 * password cannot be guessed online. Only failures count: colleagues behind one address who log
 * in correctly never lock each other out. In memory: a restart forgets, which only helps honest users.
 */
export interface RateKey {
  key: string;
  max: number;
}

export interface LoginRateLimit {
  isBlocked(keys: RateKey[], nowMs: number): boolean;
  recordFailure(keys: RateKey[], nowMs: number): void;
  reset(key: string): void;
}

export function createLoginRateLimit(windowMs = 15 * 60_000): LoginRateLimit {
  const failures = new Map<string, number[]>();
  const recent = (key: string, nowMs: number) => {
    const kept = (failures.get(key) ?? []).filter((t) => nowMs - t < windowMs);
    if (kept.length > 0) failures.set(key, kept);
    else failures.delete(key);
    return kept;
  };
  return {
    isBlocked: (keys, nowMs) => keys.some(({ key, max }) => recent(key, nowMs).length >= max),
    recordFailure(keys, nowMs) {
      for (const { key } of keys) failures.set(key, [...recent(key, nowMs), nowMs]);
    },
    reset: (key) => void failures.delete(key),
  };
}

export function loginRateKeys(email: string, address: string): RateKey[] {
  return [
    { key: `email:${email}`, max: 10 },
    { key: `ip:${address}`, max: 50 },
  ];
}
