import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';

/**
 * The Redis the integration tests of several processes run against (ANTECKNA_TEST_REDIS_URL;
 * `.ci/run` starts one). Unset on a developer's machine, those tests are skipped with the reason
 * in their name; unset in CI (CI=true), `missingInCi` fails.
 */
export const testRedisUrl = process.env.ANTECKNA_TEST_REDIS_URL || undefined;
export const missingInCi = !testRedisUrl && process.env.CI === 'true';
export const redisSkipNote = testRedisUrl ? '' : ' (skipped: ANTECKNA_TEST_REDIS_URL is not set)';

/** A key prefix of this test's own, so parallel runs never share a lease or a counter. */
export function testKeyPrefix(): string {
  return `anteckna-test-${randomUUID()}:`;
}

/** Deletes every key under a test's prefix. */
export async function deleteTestKeys(url: string, prefix: string): Promise<void> {
  const redis = new Redis(url, { lazyConnect: true });
  await redis.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
      if (keys.length > 0) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
