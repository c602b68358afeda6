import { z } from 'zod';
import { endpoint } from '../http/endpoint.ts';
import { pathId } from '../http/pathParams.ts';

const IdParams = z.object({ id: pathId() });

export const PublicMinutesSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    date: z.string(),
    registryNumber: z.string(),
    approvedAt: z.string(),
    /** The date of the meeting whose decision approved them ("Godkända vid mötet …"). */
    approvedByMeetingDate: z.string(),
    sha256: z.string(),
    /** Left out of the public version because marked internal. */
    omitted: z.object({ items: z.array(z.string()), attachments: z.array(z.string()) }),
  })
  .meta({ id: 'PublicMinutes' });
export type PublicMinutes = z.output<typeof PublicMinutesSchema>;

export const PublicBodySchema = z
  .object({
    body: z.object({
      id: z.string(),
      name: z.string(),
      shortName: z.string(),
      organisation: z.string(),
    }),
    minutes: z.array(PublicMinutesSchema),
  })
  .meta({ id: 'PublicBody' });
export type PublicBody = z.output<typeof PublicBodySchema>;

export const PublicSealSchema = z
  .object({
    sha256: z.string(),
    previous: z.string().nullable(),
    verified: z.boolean(),
    chainHolds: z.boolean(),
  })
  .meta({ id: 'PublicSeal' });
export type PublicSeal = z.output<typeof PublicSealSchema>;

export const PUBLIC_FORMATS = ['pdf', 'html', 'md'] as const;

/** A body's approved, locked minutes: public records, readable without login. */
export const publicBodyEndpoint = endpoint({
  method: 'get',
  path: '/api/public/bodies/{id}',
  params: IdParams,
  response: PublicBodySchema,
});

/** The public rendering: items and attachments marked internal are left out and listed. */
export const publicMinutesFileEndpoint = endpoint({
  method: 'get',
  path: '/api/public/meetings/{id}/minutes.{format}',
  params: IdParams.extend({ format: z.enum(PUBLIC_FORMATS) }),
});

/** The seal, recomputed on every request. */
export const publicSealEndpoint = endpoint({
  method: 'get',
  path: '/api/public/meetings/{id}/seal',
  params: IdParams,
  response: PublicSealSchema,
});
