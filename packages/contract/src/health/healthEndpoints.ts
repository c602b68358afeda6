import { z } from 'zod';
import { endpoint } from '../http/endpoint.ts';

/** The database is open and migrated. */
export const healthEndpoint = endpoint({
  method: 'get',
  path: '/api/health',
  response: z.object({ ok: z.literal(true), version: z.string() }).meta({ id: 'Health' }),
});

/**
 * 503 while the database cannot take writes: its disk is full, or (Postgres) it cannot be
 * reached. Reads of what the server holds are still served.
 */
export const StorageFullHealthSchema = z
  .object({
    ok: z.literal(false),
    version: z.string(),
    reason: z.enum(['storage_full', 'database_unavailable']),
    since: z.string(),
  })
  .meta({ id: 'HealthStorageFull' });

/**
 * 503 while the coordination service of several processes (Redis) is unreachable: writes are
 * refused, reads are still served.
 */
export const RedisUnavailableHealthSchema = z
  .object({
    ok: z.literal(false),
    version: z.string(),
    reason: z.literal('redis_unavailable'),
    since: z.string(),
  })
  .meta({ id: 'HealthRedisUnavailable' });
