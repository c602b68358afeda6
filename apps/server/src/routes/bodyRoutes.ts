import { createRoute } from '@hono/zod-openapi';
import {
  addMemberEndpoint,
  addVacancyEndpoint,
  bodyEndpoint,
  removeMemberEndpoint,
  removeVacancyEndpoint,
  updateBodyEndpoint,
  updateMemberEndpoint,
} from '@anteckna/contract';
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
import { appError } from '../errors/appError.ts';
import { newRouter } from './router.ts';
import { errorResponses, jsonBody, jsonContent } from './routeParts.ts';
import { requireUser } from './sessionMiddleware.ts';

const getBody = createRoute({
  method: bodyEndpoint.method,
  path: bodyEndpoint.path,
  request: { params: bodyEndpoint.params },
  responses: {
    200: jsonContent(bodyEndpoint.response, 'The body with its members'),
    ...errorResponses(401, 404),
  },
});
const patchBody = createRoute({
  method: updateBodyEndpoint.method,
  path: updateBodyEndpoint.path,
  request: { params: updateBodyEndpoint.params, body: jsonBody(updateBodyEndpoint.body) },
  responses: {
    200: jsonContent(updateBodyEndpoint.response, 'The body with its members'),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});
const addMemberRoute = createRoute({
  method: addMemberEndpoint.method,
  path: addMemberEndpoint.path,
  request: { params: addMemberEndpoint.params, body: jsonBody(addMemberEndpoint.body) },
  responses: {
    200: jsonContent(addMemberEndpoint.response, 'The body with its members'),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});
const patchMemberRoute = createRoute({
  method: updateMemberEndpoint.method,
  path: updateMemberEndpoint.path,
  request: { params: updateMemberEndpoint.params, body: jsonBody(updateMemberEndpoint.body) },
  responses: {
    200: jsonContent(updateMemberEndpoint.response, 'The body with its members'),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});
const addVacancyRoute = createRoute({
  method: addVacancyEndpoint.method,
  path: addVacancyEndpoint.path,
  request: { params: addVacancyEndpoint.params, body: jsonBody(addVacancyEndpoint.body) },
  responses: {
    200: jsonContent(addVacancyEndpoint.response, 'The body with its members'),
    ...errorResponses(400, 401, 403, 404),
  },
});
const removeVacancyRoute = createRoute({
  method: removeVacancyEndpoint.method,
  path: removeVacancyEndpoint.path,
  request: { params: removeVacancyEndpoint.params },
  responses: {
    200: jsonContent(removeVacancyEndpoint.response, 'The body with its members'),
    ...errorResponses(401, 403, 404),
  },
});
const removeMemberRoute = createRoute({
  method: removeMemberEndpoint.method,
  path: removeMemberEndpoint.path,
  request: { params: removeMemberEndpoint.params },
  responses: {
    200: jsonContent(removeMemberEndpoint.response, 'The body with its members'),
    ...errorResponses(401, 403, 404, 409),
  },
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
    });
}
