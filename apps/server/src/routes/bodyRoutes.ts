import { createRoute, z } from '@hono/zod-openapi';
import { BODY_ROLES } from '@anteckna/domain';
import type { AppDeps } from '../appDeps.ts';
import {
  addMember,
  addVacancy,
  readBody,
  removeMember,
  removeVacancy,
  roleIn,
  updateBody,
  updateMember,
} from '../bodies/bodyDirectory.ts';
import { addBodyAlias, listBodyAliases, removeBodyAlias } from '../bodies/bodyAliases.ts';
import { appError } from '../errors/appError.ts';
import { newRouter } from './router.ts';
import { errorResponses } from './schemas.ts';
import { requireUser } from './sessionMiddleware.ts';

const param = (name: string) =>
  z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name, in: 'path' } });
const MemberSchema = z.object({
  userId: z.string(),
  email: z.string(),
  name: z.string(),
  title: z.string(),
  organisation: z.string(),
  role: z.enum(BODY_ROLES),
  deputy: z.boolean(),
  acting: z.boolean(),
});
const VacancySchema = z.object({ id: z.string(), organisation: z.string(), title: z.string() });
/** Another spelling of the body's name that the mistake check takes as the name (SPEC K2). */
const AliasSchema = z.object({ id: z.string(), alias: z.string() }).openapi('BodyAlias');
const BodySchema = z
  .object({
    id: z.string(),
    name: z.string(),
    shortName: z.string(),
    organisation: z.string(),
    organisationLines: z.array(z.string()),
    memberOrganisations: z.array(z.string()),
    members: z.array(MemberSchema),
    vacancies: z.array(VacancySchema),
    aliases: z.array(AliasSchema),
  })
  .openapi('Body');
const ok = {
  200: {
    description: 'The body with its members',
    content: { 'application/json': { schema: BodySchema } },
  },
};
const jsonBody = <T extends z.ZodType>(schema: T) => ({
  body: { content: { 'application/json': { schema } }, required: true },
});
const text = (max: number) => z.string().trim().min(1).max(max);

const getBody = createRoute({
  method: 'get',
  path: '/api/bodies/{id}',
  request: { params: z.object({ id: param('id') }) },
  responses: { ...ok, ...errorResponses(401, 404) },
});
const patchBody = createRoute({
  method: 'patch',
  path: '/api/bodies/{id}',
  request: {
    params: z.object({ id: param('id') }),
    ...jsonBody(
      z.object({
        name: text(200).optional(),
        shortName: text(40).optional(),
        organisation: text(200).optional(),
        organisationLines: z.array(text(200)).max(6).optional(),
        memberOrganisations: z.array(text(120)).max(60).optional(),
      }),
    ),
  },
  responses: { ...ok, ...errorResponses(400, 401, 403, 404, 409) },
});
const addMemberRoute = createRoute({
  method: 'post',
  path: '/api/bodies/{id}/members',
  request: {
    params: z.object({ id: param('id') }),
    ...jsonBody(
      z.object({
        email: z.string().trim().email(),
        name: text(120),
        title: z.string().max(120).optional(),
        organisation: z.string().max(120),
        role: z.enum(BODY_ROLES),
        deputy: z.boolean().optional(),
        acting: z.boolean().optional(),
      }),
    ),
  },
  responses: { ...ok, ...errorResponses(400, 401, 403, 404, 409) },
});
const patchMemberRoute = createRoute({
  method: 'patch',
  path: '/api/bodies/{id}/members/{userId}',
  request: {
    params: z.object({ id: param('id'), userId: param('userId') }),
    ...jsonBody(
      z.object({
        title: z.string().trim().max(120).optional(),
        organisation: z.string().max(120).optional(),
        role: z.enum(BODY_ROLES).optional(),
        deputy: z.boolean().optional(),
        acting: z.boolean().optional(),
      }),
    ),
  },
  responses: { ...ok, ...errorResponses(400, 401, 403, 404, 409) },
});
const addVacancyRoute = createRoute({
  method: 'post',
  path: '/api/bodies/{id}/vacancies',
  request: {
    params: z.object({ id: param('id') }),
    ...jsonBody(z.object({ organisation: z.string().max(120), title: text(120) })),
  },
  responses: { ...ok, ...errorResponses(400, 401, 403, 404) },
});
const removeVacancyRoute = createRoute({
  method: 'delete',
  path: '/api/bodies/{id}/vacancies/{seatId}',
  request: { params: z.object({ id: param('id'), seatId: param('seatId') }) },
  responses: { ...ok, ...errorResponses(401, 403, 404) },
});
const removeMemberRoute = createRoute({
  method: 'delete',
  path: '/api/bodies/{id}/members/{userId}',
  request: { params: z.object({ id: param('id'), userId: param('userId') }) },
  responses: { ...ok, ...errorResponses(401, 403, 404, 409) },
});
const listAliasesRoute = createRoute({
  method: 'get',
  path: '/api/bodies/{id}/aliases',
  request: { params: z.object({ id: param('id') }) },
  responses: {
    200: {
      description: "Other spellings of the body's name the mistake check never flags",
      content: { 'application/json': { schema: z.object({ aliases: z.array(AliasSchema) }) } },
    },
    ...errorResponses(401, 403, 404),
  },
});
const addAliasRoute = createRoute({
  method: 'post',
  path: '/api/bodies/{id}/aliases',
  request: {
    params: z.object({ id: param('id') }),
    ...jsonBody(z.object({ alias: text(200) }).openapi('AddBodyAliasRequest')),
  },
  responses: { ...ok, ...errorResponses(400, 401, 403, 404, 409) },
});
const removeAliasRoute = createRoute({
  method: 'delete',
  path: '/api/bodies/{id}/aliases/{aliasId}',
  request: { params: z.object({ id: param('id'), aliasId: param('aliasId') }) },
  responses: { ...ok, ...errorResponses(401, 403, 404) },
});

/** Bodies and their people: readable by members, managed by the body's secretary. */
export function bodyRoutes(deps: AppDeps) {
  const as = (userId: string, bodyId: string, need: 'read' | 'manage') => {
    const role = roleIn(deps, bodyId, userId);
    if (!role) throw appError('body_not_found');
    if (need === 'manage' && role !== 'secretary') throw appError('not_secretary');
  };
  return newRouter()
    .openapi(getBody, (c) => {
      const { id } = c.req.valid('param');
      as(requireUser(c).id, id, 'read');
      return c.json(readBody(deps, id), 200);
    })
    .openapi(patchBody, (c) => {
      const { id } = c.req.valid('param');
      as(requireUser(c).id, id, 'manage');
      return c.json(updateBody(deps, id, c.req.valid('json')), 200);
    })
    .openapi(addMemberRoute, async (c) => {
      const { id } = c.req.valid('param');
      as(requireUser(c).id, id, 'manage');
      return c.json(await addMember(deps, id, c.req.valid('json')), 200);
    })
    .openapi(removeMemberRoute, (c) => {
      const { id, userId } = c.req.valid('param');
      as(requireUser(c).id, id, 'manage');
      return c.json(removeMember(deps, id, userId), 200);
    })
    .openapi(patchMemberRoute, (c) => {
      const { id, userId } = c.req.valid('param');
      as(requireUser(c).id, id, 'manage');
      return c.json(updateMember(deps, id, userId, c.req.valid('json')), 200);
    })
    .openapi(addVacancyRoute, (c) => {
      const { id } = c.req.valid('param');
      as(requireUser(c).id, id, 'manage');
      return c.json(addVacancy(deps, id, c.req.valid('json')), 200);
    })
    .openapi(removeVacancyRoute, (c) => {
      const { id, seatId } = c.req.valid('param');
      as(requireUser(c).id, id, 'manage');
      return c.json(removeVacancy(deps, id, seatId), 200);
    })
    .openapi(listAliasesRoute, (c) => {
      const { id } = c.req.valid('param');
      as(requireUser(c).id, id, 'manage');
      return c.json({ aliases: listBodyAliases(deps.db, id) }, 200);
    })
    .openapi(addAliasRoute, (c) => {
      const { id } = c.req.valid('param');
      as(requireUser(c).id, id, 'manage');
      addBodyAlias(deps.db, id, c.req.valid('json').alias);
      return c.json(readBody(deps, id), 200);
    })
    .openapi(removeAliasRoute, (c) => {
      const { id, aliasId } = c.req.valid('param');
      as(requireUser(c).id, id, 'manage');
      removeBodyAlias(deps.db, id, aliasId);
      return c.json(readBody(deps, id), 200);
    });
}
