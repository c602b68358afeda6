import { z } from 'zod';
import { endpoint } from '../http/endpoint.ts';
import { MeetingParams } from '../http/pathParams.ts';

export const SealSchema = z
  .object({
    sha256: z.string(),
    /** The seal of the body's locked minutes before these; null for the first. */
    previous: z.string().nullable(),
    lockedAt: z.string(),
    approvedAt: z.string(),
    approvedByMeetingId: z.string(),
    addendum: z.string().nullable(),
    /** The stored final version still hashes to the seal, and every earlier link holds. */
    verified: z.boolean(),
    /** This seal's own final version still hashes to it, whatever the links before it say. */
    contentMatches: z.boolean(),
    chainHolds: z.boolean(),
    /** The server's own words on what does not hold (technical, English). */
    problems: z.array(z.string()),
  })
  .meta({ id: 'Seal' });
export type Seal = z.output<typeof SealSchema>;

/** Recomputed from the stored snapshot on every request. */
export const sealEndpoint = endpoint({
  method: 'get',
  path: '/api/meetings/{id}/seal',
  params: MeetingParams,
  response: SealSchema,
});
