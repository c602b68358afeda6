import { z } from 'zod';
import { BODY_ROLES } from '@anteckna/domain';
import { endpoint } from '../http/endpoint.ts';
import { pathId } from '../http/pathParams.ts';

/** A person in the body. */
export const BodyMemberSchema = z
  .object({
    userId: z.string(),
    email: z.string(),
    name: z.string(),
    title: z.string(),
    organisation: z.string(),
    role: z.enum(BODY_ROLES),
    /** Ersättare: sits in for a member of the same organisation. */
    deputy: z.boolean(),
    /** Tf: holds the seat as acting. */
    acting: z.boolean(),
  })
  .meta({ id: 'BodyMember' });
export type BodyMember = z.output<typeof BodyMemberSchema>;

/** A seat no one holds now, printed "Vakant, <title>" under its organisation. */
export const VacantSeatSchema = z
  .object({ id: z.string(), organisation: z.string(), title: z.string() })
  .meta({ id: 'VacantSeat' });
export type VacantSeat = z.output<typeof VacantSeatSchema>;

/** Another name of the body that the mistake check takes as its name (SPEC K2). */
export const BodyAliasSchema = z
  .object({ id: z.string(), alias: z.string() })
  .meta({ id: 'BodyAlias' });
export type BodyAlias = z.output<typeof BodyAliasSchema>;

export const BodySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    shortName: z.string(),
    organisation: z.string(),
    organisationLines: z.array(z.string()),
    memberOrganisations: z.array(z.string()),
    members: z.array(BodyMemberSchema),
    vacancies: z.array(VacantSeatSchema),
    aliases: z.array(BodyAliasSchema),
  })
  .meta({ id: 'Body' });
export type BodyDetail = z.output<typeof BodySchema>;

const BodyParams = z.object({ id: pathId() });
const text = (max: number) => z.string().trim().min(1).max(max);

// Strict: the member organisations were once sent here as a whole list, and a client that still
// does must be told, not have the list silently left as it was.
export const UpdateBodyRequestSchema = z
  .strictObject({
    name: text(200).optional(),
    shortName: text(40).optional(),
    organisation: text(200).optional(),
    organisationLines: z.array(text(200)).max(6).optional(),
  })
  .meta({ id: 'UpdateBodyRequest' });
export type UpdateBodyRequest = z.input<typeof UpdateBodyRequestSchema>;

export const AddMemberRequestSchema = z
  .object({
    email: z.string().trim().email(),
    name: text(120),
    title: z.string().max(120).optional(),
    organisation: z.string().max(120),
    role: z.enum(BODY_ROLES),
    deputy: z.boolean().optional(),
    acting: z.boolean().optional(),
  })
  .meta({ id: 'AddMemberRequest' });
export type AddMemberRequest = z.input<typeof AddMemberRequestSchema>;

export const UpdateMemberRequestSchema = z
  .object({
    title: z.string().trim().max(120).optional(),
    organisation: z.string().max(120).optional(),
    role: z.enum(BODY_ROLES).optional(),
    deputy: z.boolean().optional(),
    acting: z.boolean().optional(),
  })
  .meta({ id: 'UpdateMemberRequest' });
export type UpdateMemberRequest = z.input<typeof UpdateMemberRequestSchema>;

export const AddVacancyRequestSchema = z
  .object({ organisation: z.string().max(120), title: text(120) })
  .meta({ id: 'AddVacancyRequest' });
export type AddVacancyRequest = z.input<typeof AddVacancyRequestSchema>;

// Every write answers with the whole body, so the page shows what the server now holds.
export const bodyEndpoint = endpoint({
  method: 'get',
  path: '/api/bodies/{id}',
  params: BodyParams,
  response: BodySchema,
});

export const updateBodyEndpoint = endpoint({
  method: 'patch',
  path: '/api/bodies/{id}',
  params: BodyParams,
  body: UpdateBodyRequestSchema,
  response: BodySchema,
});

export const addMemberEndpoint = endpoint({
  method: 'post',
  path: '/api/bodies/{id}/members',
  params: BodyParams,
  body: AddMemberRequestSchema,
  response: BodySchema,
});

export const updateMemberEndpoint = endpoint({
  method: 'patch',
  path: '/api/bodies/{id}/members/{userId}',
  params: BodyParams.extend({ userId: pathId() }),
  body: UpdateMemberRequestSchema,
  response: BodySchema,
});

export const removeMemberEndpoint = endpoint({
  method: 'delete',
  path: '/api/bodies/{id}/members/{userId}',
  params: BodyParams.extend({ userId: pathId() }),
  response: BodySchema,
});

export const addVacancyEndpoint = endpoint({
  method: 'post',
  path: '/api/bodies/{id}/vacancies',
  params: BodyParams,
  body: AddVacancyRequestSchema,
  response: BodySchema,
});

export const removeVacancyEndpoint = endpoint({
  method: 'delete',
  path: '/api/bodies/{id}/vacancies/{seatId}',
  params: BodyParams.extend({ seatId: pathId() }),
  response: BodySchema,
});

/*
 * The member organisations change one at a time (added, removed, moved one place), each change
 * made to the list as the server holds it then: two secretaries changing the list at once both
 * keep what they did, where a whole list sent back would drop what the other added.
 */
const organisationName = () => text(120);
const OrganisationParams = BodyParams.extend({ organisation: organisationName() });

export const AddMemberOrganisationRequestSchema = z
  .object({ organisation: organisationName() })
  .meta({ id: 'AddMemberOrganisationRequest' });
export type AddMemberOrganisationRequest = z.input<typeof AddMemberOrganisationRequestSchema>;

/** Up or down one place in the list as it is now: the attendance table's order follows it. */
export const MoveMemberOrganisationRequestSchema = z
  .object({ direction: z.enum(['up', 'down']) })
  .meta({ id: 'MoveMemberOrganisationRequest' });
export type MoveMemberOrganisationRequest = z.input<typeof MoveMemberOrganisationRequestSchema>;

export const addMemberOrganisationEndpoint = endpoint({
  method: 'post',
  path: '/api/bodies/{id}/organisations',
  params: BodyParams,
  body: AddMemberOrganisationRequestSchema,
  response: BodySchema,
});

export const removeMemberOrganisationEndpoint = endpoint({
  method: 'delete',
  path: '/api/bodies/{id}/organisations/{organisation}',
  params: OrganisationParams,
  response: BodySchema,
});

export const moveMemberOrganisationEndpoint = endpoint({
  method: 'post',
  path: '/api/bodies/{id}/organisations/{organisation}/move',
  params: OrganisationParams,
  body: MoveMemberOrganisationRequestSchema,
  response: BodySchema,
});

export const AddBodyAliasRequestSchema = z
  .object({ alias: text(200) })
  .meta({ id: 'AddBodyAliasRequest' });
export type AddBodyAliasRequest = z.input<typeof AddBodyAliasRequestSchema>;

/** The secretary's list of the body's other names. */
export const bodyAliasesEndpoint = endpoint({
  method: 'get',
  path: '/api/bodies/{id}/aliases',
  params: BodyParams,
  response: z.object({ aliases: z.array(BodyAliasSchema) }),
});

export const addBodyAliasEndpoint = endpoint({
  method: 'post',
  path: '/api/bodies/{id}/aliases',
  params: BodyParams,
  body: AddBodyAliasRequestSchema,
  response: BodySchema,
});

export const removeBodyAliasEndpoint = endpoint({
  method: 'delete',
  path: '/api/bodies/{id}/aliases/{aliasId}',
  params: BodyParams.extend({ aliasId: pathId() }),
  response: BodySchema,
});
