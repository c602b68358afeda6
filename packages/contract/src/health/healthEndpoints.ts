import { z } from 'zod';
import { endpoint } from '../http/endpoint.ts';

/** The database is open and migrated. */
export const healthEndpoint = endpoint({
  method: 'get',
  path: '/api/health',
  response: z.object({ ok: z.literal(true), version: z.string() }).meta({ id: 'Health' }),
});
