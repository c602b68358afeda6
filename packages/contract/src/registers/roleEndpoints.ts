import { z } from 'zod';
import { endpoint } from '../http/endpoint.ts';
import { BodyParams, CLAUSE_SOURCE, ClauseKeyParams, SHOWN_CLAUSE } from './registerEndpoints.ts';

export const ROLE_STATUSES = ['current', 'coming', 'ended'] as const;

const isoDate = () => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'YYYY-MM-DD');

export const RoleEntrySchema = z
  .object({
    role: z.string().meta({ description: '"ordförande", "vice ordförande", or as written' }),
    name: z.string().meta({ description: 'The elected person' }),
    personId: z
      .string()
      .optional()
      .meta({ description: 'Their id, when a person of the body; absent for someone outside' }),
    termFrom: z
      .string()
      .meta({ description: 'First day of the term; the meeting’s date when none is named' }),
    termTo: z
      .string()
      .optional()
      .meta({ description: 'Last day of the term; absent: until the next election to the role' }),
    status: z.enum(ROLE_STATUSES),
    ...CLAUSE_SOURCE,
    position: z.number().meta({ description: "The clause's place in the item's decision" }),
    text: z.string().meta({ description: 'The clause, without the leading "att"' }),
  })
  .meta({ id: 'RoleEntry' });
export type RoleEntry = z.output<typeof RoleEntrySchema>;

export const RoleRegisterSchema = z
  .object({ roles: z.array(RoleEntrySchema) })
  .meta({ id: 'RoleRegister' });
export type RoleRegister = z.output<typeof RoleRegisterSchema>;

/**
 * The register of roles (SPEC rule V6): every election of the body's circulated and approved
 * minutes, chair first, latest term first, with its status today; 404 for a body the session may
 * not read.
 */
export const roleRegisterEndpoint = endpoint({
  method: 'get',
  path: '/api/bodies/{id}/roles',
  params: BodyParams,
  response: RoleRegisterSchema,
});

export const ElectionUpdateSchema = z
  .object({
    role: z.string().trim().min(1).max(100).optional(),
    termFrom: isoDate().nullable().optional(),
    termTo: isoDate().nullable().optional(),
    ...SHOWN_CLAUSE,
  })
  .meta({ id: 'ElectionUpdate' });

/**
 * Corrects an election's role or term while the minutes are not locked (SPEC rules V1–V2); a term
 * that ends before it starts is 400 `election_term_reversed`. Answers the register.
 */
export const updateElectionEndpoint = endpoint({
  method: 'patch',
  path: '/api/bodies/{id}/roles/{meetingId}/{itemId}/{position}',
  params: ClauseKeyParams,
  body: ElectionUpdateSchema,
  response: RoleRegisterSchema,
});
